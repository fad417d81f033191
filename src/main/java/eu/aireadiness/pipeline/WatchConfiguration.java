package eu.aireadiness.pipeline;

import java.io.File;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.integration.launch.JobLaunchRequest;
import org.springframework.batch.integration.launch.JobLaunchingGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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

/**
 * The {@code watch} command's intake: the countries' folders are polled, and a new or changed file launches the
 * intake job through Spring Batch Integration. Active only for {@code watch}, so that the other commands and the
 * tests start no poller.
 */
@Configuration
@ConditionalOnProperty(name = "readiness.command", havingValue = "watch")
class WatchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WatchConfiguration.class);

    @Bean
    IntakeLaunchRequests intakeLaunchRequests(ResumableLaunch launch, Job intakeJob, ReadinessProperties settings) {
        return new IntakeLaunchRequests(launch, intakeJob, settings);
    }

    @Bean
    IntegrationFlow dropFolderFlow(IntakeLaunchRequests requests, JobOperator jobOperator, WatchProperties watch) {
        File input = requests.input().toFile();
        log.info("Watching the countries' folders of {} every {}", input, watch.poll());
        return IntegrationFlow
                .from(Files.inboundAdapter(input).scanner(dropFolderScanner(requests)).autoCreateDirectory(false),
                        adapter -> adapter.poller(Pollers.fixedDelay(watch.poll()).maxMessagesPerPoll(-1)))
                .transform(File.class, file -> requests.request())
                .filter(JobLaunchRequest.class, requests::isNeeded,
                        // A request for an intake already done is the normal case, not worth a warning each.
                        filter -> filter.discardChannel("nullChannel"))
                .handle(new JobLaunchingGateway(jobOperator))
                .handle(JobExecution.class, (execution, headers) -> {
                    logOutcome(execution, headers.get(FileHeaders.RELATIVE_PATH));
                    return null;
                })
                .get();
    }

    /**
     * Country folders are one level down; a file is passed on once per content it is seen with (path and time of
     * change), and only once it is ready, so that a file still being copied is looked at again on the next poll.
     */
    private static RecursiveDirectoryScanner dropFolderScanner(IntakeLaunchRequests requests) {
        RecursiveDirectoryScanner scanner = new RecursiveDirectoryScanner();
        scanner.setMaxDepth(2);
        scanner.setFilter(new ChainFileListFilter<>(List.of(new DropFolderFilter(requests.input()),
                new FileSystemPersistentAcceptOnceFileListFilter(new SimpleMetadataStore(), "watch:"))));
        return scanner;
    }

    private static void logOutcome(JobExecution execution, Object trigger) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            IntakeTally tally = IntakeTally.of(execution);
            log.info("Intake launched by {}: {} new file(s) taken in: {}; the feedback lies next to each file",
                    trigger, tally.files(), tally.summary());
        } else {
            log.error("Intake launched by {} failed ({}): {}. It is tried again when a file changes, or run the"
                    + " intake command", trigger, execution.getStatus(), ResumableLaunch.failureReason(execution));
        }
    }
}
