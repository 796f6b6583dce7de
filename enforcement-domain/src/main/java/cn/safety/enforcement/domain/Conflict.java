package cn.safety.enforcement.domain;

/**
 * The request is sound but the record's present state refuses it: a step out of order, a second plan for the same
 * year. The API answers 409 with the message; pages show it like any refused input.
 */
public class Conflict extends RuleViolation {

    public Conflict(String field, String messageCode, Object... args) {
        super(field, messageCode, args);
    }
}
