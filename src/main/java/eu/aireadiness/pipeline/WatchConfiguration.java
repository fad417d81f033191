package eu.aireadiness.pipeline;

import java.io.File;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.file.FileHeaders;
import org.springframework.integration.file.RecursiveDirectoryScanner;
import org.springframework.integration.file.dsl.Files;
import org.springframework.integration.file.filters.ChainFileListFilter;
import org.springframework.integration.file.filters.FileSystemPersistentAcceptOnceFileListFilter;
import org.springframework.integration.metadata.SimpleMetadataStore;

import eu.aireadiness.submission.FileNameText;
import eu.aireadiness.database.DatabaseFileGuard;
import eu.aireadiness.database.RunLocks;

/**
 * The {@code watch} command's intake: the countries' folders are polled, and a new or changed file launches the
 * intake job through Spring Batch Integration. Active only for {@code watch} and {@code serve}, so that the other
 * commands and the tests start no poller; under {@code serve} the poller runs only while the process leads.
 */
@Configuration
@ConditionalOnExpression("'${readiness.command:}' matches 'watch|serve'")
class WatchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WatchConfiguration.class);

    @Bean
    IntakeLaunchRequests intakeLaunchRequests(ResumableLaunch launch, Job intakeJob, ReadinessProperties settings,
                                              IntakeProperties intake, RunLocks locks,
                                              DatabaseFileGuard databaseFile, EditionContexts contexts) {
        return new IntakeLaunchRequests(launch, intakeJob, settings, locks, databaseFile, intake.settle(), contexts);
    }

    @Bean
    IntegrationFlow dropFolderFlow(IntakeLaunchRequests requests, WatchProperties watch,
                                   DatabaseFileGuard databaseFile, @Value("${readiness.command:}") String command) {
        File input = requests.input().toFile();
        log.info("Watching the countries' folders of {} every {}", input, watch.poll());
        FileSystemPersistentAcceptOnceFileListFilter seen =
                new FileSystemPersistentAcceptOnceFileListFilter(new SimpleMetadataStore(), "watch:");
        return IntegrationFlow
                .from(Files.inboundAdapter(input).scanner(dropFolderScanner(requests, seen)).autoCreateDirectory(false),
                        adapter -> {
                            adapter.poller(Pollers.fixedDelay(watch.poll()).maxMessagesPerPoll(-1));
                            if (WatchProperties.underLeadership(command)) {
                                adapter.autoStartup(false).role(WatchProperties.LEADER_ROLE);
                            }
                        })
                // An intake already done is the normal case: it ends here quietly (no reply).
                .handle(File.class, (file, headers) -> {
                    IntakeLaunchRequests.Launch launch = requests.launchIfNeeded();
                    if (launch.retry()) {
                        seen.remove(file); // offered again at the next poll, when the other process may be done
                    }
                    return launch.execution().orElse(null);
                })
                .handle(JobExecution.class, (execution, headers) -> {
                    Object trigger = headers.get(FileHeaders.RELATIVE_PATH);
                    logOutcome(execution, trigger == null ? "a file" : FileNameText.escaped(trigger.toString()),
                            databaseFile.stopped());
                    return null;
                })
                .get();
    }

    /**
     * Country folders are one level down; an entry is passed on once per content it is seen with (path and time of
     * change), and only once the intake has something to do with it: a file still being written is rejected by the
     * first filter, so that the accept-once filter never records it, and it is looked at again on every poll until
     * it has settled.
     */
    private static RecursiveDirectoryScanner dropFolderScanner(IntakeLaunchRequests requests,
                                                               FileSystemPersistentAcceptOnceFileListFilter seen) {
        RecursiveDirectoryScanner scanner = new RecursiveDirectoryScanner();
        scanner.setMaxDepth(2);
        scanner.setFilter(new ChainFileListFilter<>(List.of(new DropFolderFilter(requests.input(), requests.settle()),
                seen)));
        return scanner;
    }

    private static void logOutcome(JobExecution execution, String trigger, boolean databaseGone) {
        if (databaseGone) {
            // The guard has said why in its one line, and watch is stopping: the intake's failure adds nothing.
            log.info("Intake launched by {} ended as watch stops ({})", trigger, execution.getStatus());
        } else if (execution.getStatus() == BatchStatus.COMPLETED) {
            IntakeTally tally = IntakeTally.of(execution);
            log.info("Intake launched by {}: {} new file(s) taken in: {}; the feedback lies next to each file",
                    trigger, tally.files(), tally.summary());
        } else {
            log.error("Intake launched by {} failed ({}): {}. It is tried again when a file changes, or run the"
                    + " intake command", trigger, execution.getStatus(), ResumableLaunch.failureReason(execution));
        }
    }
}
