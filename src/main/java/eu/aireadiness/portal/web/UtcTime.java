package eu.aireadiness.portal.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times as the pages show them: in UTC, said so, to the second. Officers sit in several time zones, and the same
 * time must read the same in the feedback file, the page and the audit log.
 */
final class UtcTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private UtcTime() {
    }

    public static String text(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
