package eu.aireadiness.portal.web;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import eu.aireadiness.pipeline.AnnualRun;
import eu.aireadiness.pipeline.ReadinessProperties;

/**
 * Runs an edition's publication started by an admin: the {@code run} command's job ({@link AnnualRun}), on a
 * thread of its own so that the page answers at once and shows the outcome when it is there. One publication at a
 * time from this process; the job's own locks keep two processes from running the same edition.
 */
@Component
class PublicationLaunch implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PublicationLaunch.class);

    /**
     * The latest publication started here.
     *
     * @param outcome empty while it runs
     */
    record State(int edition, String startedBy, Instant startedAt, Optional<AnnualRun.Outcome> outcome,
                 Optional<Instant> endedAt) {
        public boolean running() {
            return outcome.isEmpty();
        }

        public String started() {
            return UtcTime.text(startedAt);
        }

        public String ended() {
            return endedAt.map(UtcTime::text).orElse("");
        }
    }

    private final AnnualRun annualRun;
    private final ReadinessProperties settings;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "portal-publication");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<State> latest = new AtomicReference<>();

    PublicationLaunch(AnnualRun annualRun, ReadinessProperties settings) {
        this.annualRun = annualRun;
        this.settings = settings;
    }

    /** Starts the edition's publication, unless one started here is still running: then false. */
    synchronized boolean start(int edition, String who, PublicationListener done) {
        State now = latest.get();
        if (now != null && now.running()) {
            return false;
        }
        State started = new State(edition, who, Instant.now(), Optional.empty(), Optional.empty());
        latest.set(started);
        worker.execute(() -> {
            AnnualRun.Outcome outcome;
            try {
                outcome = annualRun.run(edition, settings);
            } catch (Exception e) {
                log.error("Publication of edition {} started by {} failed", edition, who, e);
                outcome = new AnnualRun.Outcome(false, "edition " + edition + " failed: " + e.getClass().getSimpleName()
                        + ": " + e.getMessage());
            }
            latest.set(new State(edition, who, started.startedAt(), Optional.of(outcome), Optional.of(Instant.now())));
            done.ended(outcome);
        });
        return true;
    }

    Optional<State> latest() {
        return Optional.ofNullable(latest.get());
    }

    /**
     * A publication cut short by a shutdown is not lost: the job stopped at a step boundary or inside a step is
     * resumed by the next run with the same inputs (AnnualRun), so the process need not wait for it.
     */
    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    /** Told the outcome when the publication ends, to record it. */
    @FunctionalInterface
    interface PublicationListener {
        void ended(AnnualRun.Outcome outcome);
    }
}
