package eu.aireadiness.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the program waits on the database before it gives up with one line.
 *
 * @param databaseTimeout the longest wait for a connection or for an answer from PostgreSQL (connect, log-in,
 *                        every read on the socket, a connection from the pool): a database that went away ends
 *                        the run within a few times this, not after the operating system's minutes
 * @param lockWait        how long a process waits for a run's lock held by another process before it is refused
 *                        (0: refused at once, naming the holder)
 * @param databaseCheck   how often {@code watch} checks that the H2 database file is still the one it opened, and a
 *                        process on PostgreSQL that the session holding its run's locks is still there
 */
@ConfigurationProperties("readiness")
public record DatabaseProperties(@DefaultValue("60s") Duration databaseTimeout, @DefaultValue("0s") Duration lockWait,
                                 @DefaultValue("2s") Duration databaseCheck) {
}
