package eu.aireadiness.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import eu.aireadiness.framework.ElapsedTime;

/**
 * The operator's view of a run: one line per stage when it ends, with its counts and its time
 * ({@code intake: 53 files, 51 accepted, 2 rejected (1.8 s)}), and for a stage that runs longer than
 * {@code readiness.progress-every} (5 s) a line that often with how far it got, so that the console is never silent
 * for long. Registered on each step with {@code .listener(progress)}. A step says what it did by putting one line under
 * {@link #SUMMARY} in its execution context (the intake's counts and the publication's files are read from the step
 * itself). The lines go to standard output, unless {@code --quiet}, and to the log file.
 */
@Component
public class StageProgress implements StepExecutionListener, DisposableBean {

    /** The key of a step's execution context under which it leaves its one-line summary, without the time. */
    public static final String SUMMARY = "stage.summary";

    private static final Logger log = LoggerFactory.getLogger(StageProgress.class);

    private final boolean quiet;
    private final Duration every;
    private final PrintStream out;
    private final Map<Long, ScheduledFuture<?>> heartbeats = new ConcurrentHashMap<>();
    private final Map<Long, Long> starts = new ConcurrentHashMap<>();
    private ScheduledExecutorService clock;

    @Autowired
    StageProgress(@Value("${readiness.quiet:false}") boolean quiet,
                  @Value("${readiness.progress-every:5s}") Duration every) {
        this(quiet, every, System.out);
    }

    StageProgress(boolean quiet, Duration every, PrintStream out) {
        this.quiet = quiet;
        this.every = every;
        this.out = out;
    }

    @Override
    public void beforeStep(StepExecution step) {
        long start = System.nanoTime();
        starts.put(step.getId(), start);
        long period = Math.max(1, every.toMillis());
        heartbeats.put(step.getId(), clock().scheduleAtFixedRate(() -> say(step.getStepName() + ": "
                + soFar(step) + " (" + ElapsedTime.of(System.nanoTime() - start) + ")"), period, period,
                TimeUnit.MILLISECONDS));
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        ScheduledFuture<?> heartbeat = heartbeats.remove(step.getId());
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        Long start = starts.remove(step.getId());
        String time = start == null ? "" : " (" + ElapsedTime.of(System.nanoTime() - start) + ")";
        if (step.getStatus() == BatchStatus.COMPLETED) {
            say(step.getStepName() + ": " + summary(step) + time);
        } else {
            // The command says why in its one line on standard error; the log file keeps where it stopped.
            log.info("{}: stopped, {}{}", step.getStepName(), step.getStatus().name().toLowerCase(Locale.ROOT), time);
        }
        return null;
    }

    /** What the stage did: its own summary, else the intake's counts or the files it wrote. */
    static String summary(StepExecution step) {
        if (step.getExecutionContext().containsKey(SUMMARY)) {
            return step.getExecutionContext().getString(SUMMARY);
        }
        if (step.getStepName().equals("intake")) {
            IntakeTally tally = IntakeTally.of(step);
            return plural(tally.files(), "file") + ", " + tally.accepted() + " accepted, " + tally.rejected()
                    + " rejected" + (tally.skipped() > 0 ? ", " + tally.skipped() + " skipped (tried again at the next"
                    + " run)" : "") + (tally.identical() > 0 ? ", " + tally.identical() + " identical to files"
                    + " received before" : "");
        }
        if (step.getStepName().equals("publish")) {
            return plural(step.getWriteCount(), "file") + " in " + publication(step);
        }
        return plural(step.getWriteCount(), "item") + " written";
    }

    /** How far a running stage got: files read, or the publication's files written so far, or only that it runs. */
    private static String soFar(StepExecution step) {
        if (step.getStepName().equals("intake")) {
            return plural(step.getReadCount(), "file") + " read so far";
        }
        if (step.getStepName().equals("publish")) {
            return plural(stagedFiles(publication(step)), "file") + " written so far";
        }
        return "still working";
    }

    /**
     * The files in the staging folders of the publication (publication.StagingFolder's {@code .<year>.publishing-NNN}
     * beside the edition's folder), which only the publication writes to.
     */
    private static long stagedFiles(Path publication) {
        Path parent = publication.getParent();
        String prefix = "." + publication.getFileName() + ".publishing-";
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p))
                    .mapToLong(StageProgress::filesUnder).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long filesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static Path publication(StepExecution step) {
        var parameters = step.getJobExecution().getJobParameters();
        return Path.of(parameters.getString("output"), String.valueOf(parameters.getLong("edition")));
    }

    private void say(String line) {
        log.info(line);
        if (!quiet) {
            out.println(line);
        }
    }

    private synchronized ScheduledExecutorService clock() {
        if (clock == null) {
            clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "stage-progress");
                thread.setDaemon(true);
                return thread;
            });
        }
        return clock;
    }

    @Override
    public synchronized void destroy() {
        if (clock != null) {
            clock.shutdownNow();
        }
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

}
