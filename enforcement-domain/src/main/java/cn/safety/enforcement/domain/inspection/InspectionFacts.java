package cn.safety.enforcement.domain.inspection;

/** Port: facts about an enterprise that starting an inspection reads from other records. */
public interface InspectionFacts {

    /** Whether the enterprise is a key item (重点检查) of an approved plan of {@code year}, of any department. */
    boolean onKeyList(long enterpriseId, int year);
}
