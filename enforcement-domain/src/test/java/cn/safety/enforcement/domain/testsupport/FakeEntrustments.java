package cn.safety.enforcement.domain.testsupport;

import cn.safety.enforcement.domain.jurisdiction.Entrustment;
import cn.safety.enforcement.domain.jurisdiction.Entrustments;
import cn.safety.enforcement.domain.jurisdiction.Scope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An in-memory {@link Entrustments} that answers the way the database does. */
public final class FakeEntrustments implements Entrustments {

    private final List<Entrustment> all = new ArrayList<>();
    private long nextId = 500;

    @Override
    public Optional<Entrustment> findById(Long id) {
        return all.stream().filter(e -> e.getId().equals(id)).findFirst();
    }

    @Override
    public List<Entrustment> inForceFor(long organisationId, LocalDate day) {
        return all.stream().filter(e -> e.getOrganisationId() == organisationId && e.inForceOn(day)).toList();
    }

    @Override
    public List<Entrustment> list(Scope scope, long organisationId) {
        return all.stream().filter(e -> scope.covers(e) || e.getOrganisationId() == organisationId)
                .sorted(Comparator.comparing(Entrustment::getId).reversed()).toList();
    }

    @Override
    public Entrustment save(Entrustment entrustment) {
        if (entrustment.getId() == null) {
            Reflect.withId(entrustment, nextId++);
        }
        if (!all.contains(entrustment)) {
            all.add(entrustment);
        }
        return entrustment;
    }
}
