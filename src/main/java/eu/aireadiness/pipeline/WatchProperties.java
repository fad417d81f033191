package eu.aireadiness.pipeline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@code watch} command.
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
}
