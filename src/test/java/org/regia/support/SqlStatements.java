package org.regia.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records the SQL that Hibernate prepares on the current thread while {@link #recording} runs (registered for the
 * test profile as Hibernate's statement inspector). Flows whose cost matters under load — the submission at the
 * deadline — assert on what they send to PostgreSQL.
 */
public class SqlStatements implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        List<String> list = RECORDED.get();
        if (list != null) {
            list.add(sql);
        }
        return sql;
    }

    /** The statements prepared on this thread while {@code work} ran, and its result. */
    public static <T> Recorded<T> recording(Supplier<T> work) {
        List<String> list = new ArrayList<>();
        RECORDED.set(list);
        try {
            T result = work.get();
            return new Recorded<>(result, List.copyOf(list));
        } finally {
            RECORDED.remove();
        }
    }

    public record Recorded<T>(T result, List<String> statements) {
    }
}
