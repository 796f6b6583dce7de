package cn.safety.enforcement.persistence;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.ArrayList;
import java.util.List;

/**
 * Lets a test see the SQL that Hibernate sends for the queries it runs on its own thread (see
 * {@link #record(Runnable)}); otherwise passes every statement through untouched.
 */
public class RecordingStatementInspector implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        List<String> recorded = RECORDED.get();
        if (recorded != null) {
            recorded.add(sql);
        }
        return sql;
    }

    /** Runs {@code work} and returns the SQL statements Hibernate prepared for it, in order. */
    public static List<String> record(Runnable work) {
        List<String> recorded = new ArrayList<>();
        RECORDED.set(recorded);
        try {
            work.run();
        } finally {
            RECORDED.remove();
        }
        return recorded;
    }
}
