package eu.aireadiness.pipeline;

import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import eu.aireadiness.database.DatabaseFailure;
import eu.aireadiness.database.RunLocks;

/**
 * Starts a job for its identifying parameters so that a failed or interrupted run resumes where it stopped, and
 * explains a failure in one line.
 */
@Component
class ResumableLaunch {

    private static final Logger log = LoggerFactory.getLogger(ResumableLaunch.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;

    ResumableLaunch(JobOperator jobOperator, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    /** The last execution of the job with exactly these identifying parameters, or null. */
    JobExecution last(Job job, JobParameters parameters) {
        return jobRepository.getLastJobExecution(job.getName(), parameters);
    }

    /**
     * Starts the job, or resumes it. Called only with the run's locks held ({@code held}): then no other live
     * process can be working on this job, so an execution found marked as running belongs to a process that died
     * or lost the database, and is marked failed so that it can be restarted.
     */
    JobExecution start(Job job, JobParameters parameters, RunLocks.Held held) throws Exception {
        recoverInterrupted(job, parameters, held);
        return jobOperator.start(job, parameters);
    }

    private void recoverInterrupted(Job job, JobParameters parameters, RunLocks.Held held) {
        Objects.requireNonNull(held, "the run's locks must be held to declare a run interrupted");
        JobExecution last = last(job, parameters);
        if (last != null && last.getStatus().isRunning()) {
            log.warn("The previous run of {} (execution {}) was interrupted; resuming it", job.getName(),
                    last.getId());
            jobOperator.recover(last);
        }
    }

    static String failureReason(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst()
                .map(ResumableLaunch::explanation)
                .orElse("no error was recorded; see the log above");
    }

    /** Our exceptions say what to do; others may need their cause to make sense. */
    private static String explanation(Throwable t) {
        Optional<String> database = DatabaseFailure.explain(t, null);
        if (database.isPresent()) {
            return database.get();
        }
        Throwable explained = t;
        while (explained.getMessage() == null && explained.getCause() != null) {
            explained = explained.getCause();
        }
        String message = explained.getMessage() == null ? explained.getClass().getSimpleName() : explained.getMessage();
        return message.replace('\n', ' ').replaceAll("[.\\s]+$", "");
    }
}
