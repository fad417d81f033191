package eu.aireadiness.pipeline;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import eu.aireadiness.framework.InputFolder;

/**
 * Makes the one {@link EditionContext} of each run of a job. The command that launches a run reads the context to
 * check what it was asked (the edition is listed and open, the method file is valid), and lends it for the run's
 * fingerprint, so that the job's steps take that very context and the input folder is read once. A run started
 * without one (restarted by a job operator) reads the folder again, and refuses to go on when the inputs no longer
 * have the fingerprint the run was identified by: a restarted step sees the inputs its run was started for, or none.
 */
@Component
class EditionContexts {

    private final Map<String, EditionContext> lent = new ConcurrentHashMap<>();
    private final IntakeProperties intake;

    EditionContexts(IntakeProperties intake) {
        this.intake = intake;
    }

    /** Runs {@code launch} with {@code context} lent to the run identified by {@code fingerprint}. */
    <T> T lending(String fingerprint, EditionContext context, Callable<T> launch) throws Exception {
        lent.put(fingerprint, context);
        try {
            return launch.call();
        } finally {
            lent.remove(fingerprint, context);
        }
    }

    /**
     * The context of a run identified by {@code fingerprint}, of the input folder {@code input} (and, for a run that
     * publishes, the templates folder, part of its identity); {@code computes} when the run needs the method file.
     */
    EditionContext forRun(String fingerprint, Path input, Path templates, boolean computes) {
        EditionContext context = lent.get(fingerprint);
        if (context != null && context.folder().root().equals(input)
                && (!computes || context.method().isPresent())) {
            return context;
        }
        String now = templates == null ? InputFingerprint.of(intake.settle(), input)
                : InputFingerprint.of(intake.settle(), input, templates);
        if (!now.equals(fingerprint)) {
            throw new IllegalStateException("the files in " + input + (templates == null ? "" : " or " + templates)
                    + " changed since this run was started, so it cannot be resumed with the inputs it began with;"
                    + " run the command again: it starts a new run from the files as they are now");
        }
        return EditionContext.read(new InputFolder(input), computes);
    }
}
