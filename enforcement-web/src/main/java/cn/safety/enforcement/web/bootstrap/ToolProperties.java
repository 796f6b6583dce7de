package cn.safety.enforcement.web.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one-off tools the application runs instead of serving ({@code enforcement.*}): generating enterprises, the list
 * and import benchmarks, whether the process exits after them, and the first admin of an empty database.
 */
@ConfigurationProperties("enforcement")
public record ToolProperties(@DefaultValue Generate generate, @DefaultValue Benchmark benchmark,
                             @DefaultValue Tool tool, @DefaultValue Admin admin) {

    /** How many synthetic enterprises to generate (0: none). */
    public record Generate(@DefaultValue("0") long enterprises) {
    }

    /** Runs of the list benchmark, and rows of the large import benchmark (0: not run). */
    public record Benchmark(@DefaultValue("0") int runs, @DefaultValue("0") int importRows) {
    }

    /** Whether the process exits once a tool has run. */
    public record Tool(@DefaultValue("true") boolean exit) {
    }

    /** The first admin, created when no account exists yet. */
    public record Admin(@DefaultValue("") String username, @DefaultValue("") String password,
                        @DefaultValue("") String division, @DefaultValue("") String department) {

        @Override
        public String toString() {
            return "Admin[username=" + username + ", division=" + division + ", department=" + department + "]";
        }
    }
}
