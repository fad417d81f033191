package eu.aireadiness.pipeline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@code watch} command, and of the watcher that {@code serve} runs in the process that leads.
 *
 * @param poll        how often the countries' folders are looked at
 * @param publishCron when the annual publication runs, as a Spring cron expression (second minute hour day month
 *                    weekday); empty: never, the watcher only takes files in
 * @param edition     the edition the scheduled publication is for; when not set, the latest edition listed in
 *                    editions.csv at the time it runs, so that adding next year's row is all a new edition needs
 */
@ConfigurationProperties("readiness.watch")
public record WatchProperties(@DefaultValue("2s") Duration poll, @DefaultValue("0 0 6 1 12 *") String publishCron,
                              Integer edition) {

    /**
     * The role of the watcher's endpoints under {@code serve}: started in the one process elected leader among those on
     * the same database, stopped when it loses the lead (Spring Integration's leader events and role controller).
     */
    public static final String LEADER_ROLE = "readiness-watcher";

    /** Whether the command runs the watcher only while it leads ({@code serve}), rather than from its start. */
    static boolean underLeadership(String command) {
        return "serve".equals(command);
    }
}
