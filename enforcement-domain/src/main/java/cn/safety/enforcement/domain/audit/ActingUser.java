package cn.safety.enforcement.domain.audit;

import java.util.Optional;

/**
 * Port: who is acting now, as the record names them. Empty when no one is signed in: start-up work, demo data and
 * scheduled jobs, which the record names as the system (系统).
 */
public interface ActingUser {

    Optional<String> username();
}
