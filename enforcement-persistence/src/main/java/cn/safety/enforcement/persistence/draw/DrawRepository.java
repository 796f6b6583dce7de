package cn.safety.enforcement.persistence.draw;

import cn.safety.enforcement.domain.draw.Draw;
import cn.safety.enforcement.domain.draw.Draws;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.ArrayList;
import java.util.List;

interface DrawRepository extends JpaRepository<Draw, Long>, JpaSpecificationExecutor<Draw>, Draws {

    @Override
    default List<Draw> published(String divisionCode, Integer year, Long beforeId, int limit) {
        Specification<Draw> spec = (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (divisionCode != null) {
                var location = root.get("location");
                all.add(cb.or(cb.equal(location.get("divisionCode"), divisionCode),
                        cb.equal(location.get("cityCode"), divisionCode),
                        cb.equal(location.get("provinceCode"), divisionCode)));
            }
            if (year != null) {
                all.add(cb.equal(root.get("year"), year));
            }
            if (beforeId != null) {
                all.add(cb.lessThan(root.get("id"), beforeId));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        return findAll(spec, PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "id"))).getContent();
    }
}
