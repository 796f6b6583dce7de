package cn.safety.enforcement.domain.division;

/**
 * A division was established, renamed, retired or reinstated: what is kept of the divisions (the choices of location
 * fields and filters, the names on the pages) is out of date once the change is committed.
 */
public record DivisionChanged(String code) {
}
