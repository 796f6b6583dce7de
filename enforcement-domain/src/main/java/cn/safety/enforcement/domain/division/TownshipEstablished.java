package cn.safety.enforcement.domain.division;

/**
 * A township, street or zone of a county was established, by an admin of the department {@code departmentId}, or by
 * start-up work ({@code departmentId} null: kept in the national chain).
 */
public record TownshipEstablished(TownshipSnapshot after, Long departmentId) implements TownshipChange {

    @Override
    public TownshipSnapshot before() {
        return null;
    }
}
