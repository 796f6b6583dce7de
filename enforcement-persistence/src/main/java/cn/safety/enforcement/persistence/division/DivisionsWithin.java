package cn.safety.enforcement.persistence.division;

import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.Location;

import java.util.List;

/** Fragment of {@link DivisionRepository}: the active divisions within a division, kept for a short time. */
interface DivisionsWithin {

    List<Division> findWithin(Location root);
}
