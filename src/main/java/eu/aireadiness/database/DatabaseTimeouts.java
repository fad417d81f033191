package eu.aireadiness.database;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Bounds every wait on the database by one setting. Without these, a PostgreSQL server that stops answering
 * leaves a read blocked for as long as the operating system keeps the connection (minutes), and the JVM with it.
 */
final class DatabaseTimeouts {

    /** Hikari refuses a validation timeout below this. */
    private static final long SHORTEST_VALIDATION_MS = 250;

    private DatabaseTimeouts() {
    }

    static void apply(HikariDataSource pool, Duration timeout) {
        long millis = Math.max(timeout.toMillis(), 2 * SHORTEST_VALIDATION_MS);
        pool.setConnectionTimeout(millis);
        pool.setValidationTimeout(Math.max(SHORTEST_VALIDATION_MS, millis / 2));
        String url = pool.getJdbcUrl();
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            // The driver's settings are in whole seconds.
            String seconds = String.valueOf(Math.max(1, (millis + 999) / 1000));
            pool.addDataSourceProperty("connectTimeout", seconds);
            pool.addDataSourceProperty("loginTimeout", seconds);
            pool.addDataSourceProperty("socketTimeout", seconds);
            pool.addDataSourceProperty("tcpKeepAlive", "true");
        }
    }
}
