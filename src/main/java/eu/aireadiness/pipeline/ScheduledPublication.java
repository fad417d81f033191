package eu.aireadiness.pipeline;

import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.integration.support.SmartLifecycleRoleController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
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
 * {@code readiness.watch.publish-cron} (under {@code serve}, in the process that leads only). It shares the scheduler's thread with the drop-folder poller, so a
 * publication and an intake never run at the same time on the one database.
 */
@Configuration
@EnableScheduling
@ConditionalOnExpression("'${readiness.command:}' matches 'watch|serve'")
class ScheduledPublication implements SchedulingConfigurer, SmartLifecycle, InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublication.class);

    private final AnnualRun annualRun;
    private final ReadinessProperties settings;
    private final WatchProperties watch;
    private final boolean underLeadership;
    private final ObjectProvider<SmartLifecycleRoleController> roles;
    private volatile boolean running;

    ScheduledPublication(AnnualRun annualRun, ReadinessProperties settings, WatchProperties watch,
                         @Value("${readiness.command:}") String command,
                         ObjectProvider<SmartLifecycleRoleController> roles) {
        this.annualRun = annualRun;
        this.settings = settings;
        this.watch = watch;
        this.underLeadership = WatchProperties.underLeadership(command);
        this.roles = roles;
    }

    /** Under {@code serve}, the schedule is the leader's, with the drop-folder poller. */
    @Override
    public void afterPropertiesSet() {
        if (underLeadership) {
            roles.getObject().addLifecycleToRole(WatchProperties.LEADER_ROLE, this);
        }
    }

    @Override
    public boolean isAutoStartup() {
        return !underLeadership;
    }

    @Override
    public void start() {
        running = true;
    }

    /** A publication under way runs to its end; the next scheduled time finds the schedule stopped. */
    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
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
        if (!running) {
            log.info("Scheduled publication left to the process that leads");
            return;
        }
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
