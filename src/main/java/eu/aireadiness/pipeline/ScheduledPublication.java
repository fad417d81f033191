package eu.aireadiness.pipeline;

import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

import eu.aireadiness.framework.EditionInfo;
import eu.aireadiness.framework.InputFolder;

/**
 * The {@code watch} command's annual publication: runs the annual job on the cron expression of
 * {@code readiness.watch.publish-cron}. It shares the scheduler's thread with the drop-folder poller, so a
 * publication and an intake never run at the same time on the one database.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "readiness.command", havingValue = "watch")
class ScheduledPublication implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublication.class);

    private final AnnualRun annualRun;
    private final ReadinessProperties settings;
    private final WatchProperties watch;

    ScheduledPublication(AnnualRun annualRun, ReadinessProperties settings, WatchProperties watch) {
        this.annualRun = annualRun;
        this.settings = settings;
        this.watch = watch;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        String cron = watch.publishCron() == null ? "" : watch.publishCron().trim();
        if (cron.isEmpty()) {
            log.info("No annual publication scheduled (readiness.watch.publish-cron is empty)");
            return;
        }
        CronTrigger trigger;
        try {
            trigger = new CronTrigger(cron);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("readiness.watch.publish-cron: expected a cron expression of six fields"
                    + " (second minute hour day month weekday) such as '0 0 6 1 12 *', found '" + cron + "': "
                    + e.getMessage(), e);
        }
        registrar.addCronTask(new CronTask(this::publish, trigger));
        log.info("Annual publication of edition {} scheduled on '{}'",
                watch.edition() == null ? "(the latest in editions.csv)" : watch.edition(), cron);
    }

    private void publish() {
        try {
            int edition = watch.edition() != null ? watch.edition() : latestEdition();
            AnnualRun.Outcome outcome = annualRun.run(edition, settings);
            if (outcome.success()) {
                log.info("Scheduled publication: {}", outcome.message());
            } else {
                log.error("Scheduled publication: {}", outcome.message());
            }
        } catch (Exception e) {
            // The watcher keeps running: the next scheduled time, or a fix and the run command, tries again.
            log.error("Scheduled publication failed: {}: {}", e.getClass().getSimpleName(), e.getMessage());
        }
    }

    private int latestEdition() {
        InputFolder folder = new InputFolder(settings.input());
        return folder.load().editions().stream().map(EditionInfo::edition).max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException(folder.editionsFile() + " lists no edition; add a row"
                        + " for the edition to publish, or set readiness.watch.edition"));
    }
}
