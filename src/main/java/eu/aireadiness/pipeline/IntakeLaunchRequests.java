package eu.aireadiness.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.nio.channels.ClosedByInterruptException;
import java.util.List;
import java.util.Optional;

import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

import eu.aireadiness.database.DatabaseFailure;
import eu.aireadiness.database.DatabaseFileGuard;
import eu.aireadiness.database.DatabaseUnavailable;
import eu.aireadiness.database.RunLock;
import eu.aireadiness.database.RunLockRefused;
import eu.aireadiness.database.RunLocks;
import eu.aireadiness.framework.InputFolder;

/**
 * Turns the arrival of a file into a run of the intake over the whole input folder, identified as the {@code intake}
 * command identifies it, by the fingerprint of the folder, and run under the intake's lock. Files dropped together
 * arrive as several messages: the first launch takes them all in, and the ones after it find that intake done.
 */
class IntakeLaunchRequests implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(IntakeLaunchRequests.class);

    private final ResumableLaunch launch;
    private final Job intakeJob;
    private final RunLocks locks;
    private final DatabaseFileGuard databaseFile;
    private final Path input;
    private final Path archive;
    private final Duration settle;
    private final EditionContexts contexts;
    /** Held while an intake is decided and run: a stop waits on it, so that the file being taken in is finished. */
    private final ReentrantLock underWay = new ReentrantLock();
    private volatile boolean closing;

    IntakeLaunchRequests(ResumableLaunch launch, Job intakeJob, ReadinessProperties settings, RunLocks locks,
                         DatabaseFileGuard databaseFile, Duration settle, EditionContexts contexts) {
        this.launch = launch;
        this.contexts = contexts;
        this.intakeJob = intakeJob;
        this.locks = locks;
        this.databaseFile = databaseFile;
        this.input = settings.input().toAbsolutePath().normalize();
        this.archive = settings.archive().toAbsolutePath().normalize();
        this.settle = settle;
        if (archive.startsWith(input)) {
            throw new IllegalStateException(AnnualRun.archiveInsideInput(archive, input));
        }
    }

    Path input() {
        return input;
    }

    Duration settle() {
        return settle;
    }

    /**
     * What a file's arrival came to: the intake's execution when one ran; {@code retry} when it could not run now
     * for a reason that passes (another process holds the intake's lock), so that the file is offered again.
     */
    record Launch(Optional<JobExecution> execution, boolean retry) {

        static final Launch NONE = new Launch(Optional.empty(), false);
    }

    /**
     * Runs the intake if it still has work (not already completed for this exact folder content), with the intake's
     * lock held, and only while the database file is the one opened. Nothing is run when it is already done, refused
     * (said in one line, and retried), the database is gone (the guard has said so and stops {@code watch}), or
     * {@code watch} is stopping.
     */
    Launch launchIfNeeded() {
        underWay.lock();
        try {
            return closing ? Launch.NONE : launchNow();
        } finally {
            underWay.unlock();
        }
    }

    private Launch launchNow() {
        try {
            databaseFile.confirmStillOpen();
            JobParameters parameters = IntakeRun.parameters(input, archive, settle);
            try (RunLocks.Held held = locks.take(List.of(RunLock.INTAKE))) {
                JobExecution last = launch.last(intakeJob, parameters);
                if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                    return Launch.NONE;
                }
                EditionContext context = EditionContext.read(new InputFolder(input), false);
                return new Launch(Optional.of(contexts.lending(parameters.getString("inputs"), context,
                        () -> launch.start(intakeJob, parameters, held))), false);
            }
        } catch (DatabaseUnavailable e) {
            return Launch.NONE;
        } catch (RunLockRefused e) {
            log.warn("Intake not run now: {}. It is tried again at the next poll", e.getMessage());
            return new Launch(Optional.empty(), true);
        } catch (Exception e) {
            if (stopping(e)) {
                // watch is closing (Ctrl+C, or the database guard): the poll was cut short, nothing to report.
                log.debug("Intake not run: watch is stopping", e);
                return Launch.NONE;
            }
            log.error("Intake not run: {}. It is tried again when a file changes, or run the intake command",
                    DatabaseFailure.oneLine(e, null));
            log.debug("Failure detail", e);
            return Launch.NONE;
        }
    }

    /**
     * Told first of all as the process closes (Ctrl+C, a termination signal), before any part of the application is
     * stopped: no new intake is started, and the one under way is waited for. Stopping the poller would interrupt its
     * thread and cut that intake short (it would be resumed by the next start, but the officer's file would wait for
     * it). The wait is as long as that intake; the database's timeouts bound a hung one.
     */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closing = true;
        if (underWay.isLocked()) {
            log.info("Finishing the intake under way before stopping");
        }
        underWay.lock();
        try {
            log.debug("No intake under way: the watcher can stop");
        } finally {
            underWay.unlock();
        }
    }

    /** Whether the failure is the poller's thread being interrupted as the application closes. */
    private static boolean stopping(Throwable failure) {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ClosedByInterruptException || cause instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }
}
