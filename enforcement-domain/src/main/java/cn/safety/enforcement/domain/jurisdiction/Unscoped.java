package cn.safety.enforcement.domain.jurisdiction;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a port method that returns records under jurisdiction without taking a {@link Scope}, and says why. Every other
 * list, count or search of such records takes the caller's scope (the architecture test fails otherwise).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Unscoped {

    /** Why no scope applies, e.g. the policy computes the scope from it. */
    String value();
}
