package cn.safety.enforcement.persistence.document;

import cn.safety.enforcement.domain.document.DocumentNumbering;
import cn.safety.enforcement.domain.document.DocumentNumberings;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentNumberingRepository extends JpaRepository<DocumentNumbering, Long>, DocumentNumberings {
}
