package cn.safety.enforcement.web;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL statements that the application's request threads send, for tests that bound the statements of a page. Every
 * execution counts once (a batch too), whatever its kind: a query, an update, a session read or write.
 */
public final class SqlStatements implements QueryExecutionListener {

    private static final SqlStatements LISTENER = new SqlStatements();
    private static final Object LOCK = new Object();
    private static List<String> recording;

    private SqlStatements() {
    }

    /**
     * Runs {@code request} (an HTTP call the test waits for) and returns the statements the server's request threads
     * executed meanwhile, in order. Statements of other threads (scheduled jobs, the test's own) are not counted.
     */
    public static List<String> during(Runnable request) {
        List<String> statements = new ArrayList<>();
        synchronized (LOCK) {
            recording = statements;
        }
        try {
            request.run();
            settle(statements);
        } finally {
            synchronized (LOCK) {
                recording = null;
            }
        }
        synchronized (LOCK) {
            return List.copyOf(statements);
        }
    }

    /** The statements as one text, one per line, for assertion messages. */
    public static String show(List<String> statements) {
        return statements.stream().map(s -> "  " + s.replaceAll("\\s+", " ").strip())
                .collect(Collectors.joining("\n", "\n", "\n"));
    }

    /** A request thread may still be finishing after the client read the answer: wait until nothing more arrives. */
    private static void settle(List<String> statements) {
        int seen = -1;
        for (int i = 0; i < 20; i++) {
            int now;
            synchronized (LOCK) {
                now = statements.size();
            }
            if (now == seen) {
                return;
            }
            seen = now;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        if (!Thread.currentThread().getName().startsWith("http-")) {
            return;
        }
        String sql = queries.stream().map(QueryInfo::getQuery).collect(Collectors.joining("; "));
        synchronized (LOCK) {
            if (recording != null) {
                recording.add(sql);
            }
        }
    }

    /** Puts the listener between the application and its connection pool. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Wiring {

        @Bean
        static BeanPostProcessor statementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                        return ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(LISTENER).build();
                    }
                    return bean;
                }
            };
        }
    }
}
