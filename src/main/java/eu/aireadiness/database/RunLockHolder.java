package eu.aireadiness.database;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The process holding a lock, as an operator finds it: the host, the process id and when the process started.
 *
 * @param host      the host name
 * @param processId the operating system's process id
 * @param started   when the process started
 */
public record RunLockHolder(String host, long processId, Instant started) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** This process. */
    static RunLockHolder current() {
        Instant started = ProcessHandle.current().info().startInstant()
                .orElseGet(() -> Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
        return new RunLockHolder(hostName(), ProcessHandle.current().pid(), started.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null ? "an unnamed host" : fromEnvironment;
        }
    }

    @Override
    public String toString() {
        return "process " + processId + " on " + host + ", started " + WHEN.format(started);
    }
}
