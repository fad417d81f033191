package eu.aireadiness.pipeline;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * How many files an intake accepted, rejected and skipped (to be tried again at the next run), and how many it
 * passed over as copies of files received before. Counted in the step's execution context, which is saved with each
 * file's transaction, so that a restarted step goes on counting where the failed one stopped.
 */
record IntakeTally(long accepted, long rejected, long skipped, long identical) {

    /** What became of one file. */
    enum Kind {
        ACCEPTED, REJECTED, SKIPPED, IDENTICAL;

        private String key() {
            return "intake." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static void count(StepExecution step, Kind kind) {
        ExecutionContext context = step.getExecutionContext();
        context.putLong(kind.key(), context.getLong(kind.key(), 0) + 1);
    }

    static IntakeTally of(StepExecution step) {
        ExecutionContext context = step.getExecutionContext();
        return new IntakeTally(context.getLong(Kind.ACCEPTED.key(), 0), context.getLong(Kind.REJECTED.key(), 0),
                context.getLong(Kind.SKIPPED.key(), 0), context.getLong(Kind.IDENTICAL.key(), 0));
    }

    /** The intake step's tally of a job, intake or annual run. */
    static IntakeTally of(JobExecution execution) {
        return execution.getStepExecutions().stream().filter(step -> step.getStepName().equals("intake"))
                .map(IntakeTally::of).reduce(new IntakeTally(0, 0, 0, 0), IntakeTally::plus);
    }

    private IntakeTally plus(IntakeTally other) {
        return new IntakeTally(accepted + other.accepted, rejected + other.rejected, skipped + other.skipped,
                identical + other.identical);
    }

    long files() {
        return accepted + rejected + skipped + identical;
    }

    /** For example "3 accepted, 1 rejected, 1 skipped (tried again at the next run)". */
    String summary() {
        return accepted + " accepted, " + rejected + " rejected, " + skipped + " skipped"
                + (skipped > 0 ? " (tried again at the next run)" : "")
                + (identical > 0 ? ", " + identical + " identical to files received before" : "");
    }
}
