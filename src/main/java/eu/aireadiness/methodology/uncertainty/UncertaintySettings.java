package eu.aireadiness.methodology.uncertainty;

/**
 * How an uncertainty analysis samples: {@code replications} points of the chosen design from {@code seed}, run on
 * {@code threads} worker threads. The same settings give identical results for any number of threads.
 */
public record UncertaintySettings(int replications, SamplingDesign design, long seed, int threads) {

    public UncertaintySettings {
        if (replications < 1) {
            throw new IllegalArgumentException("an uncertainty analysis needs at least 1 replication, found "
                    + replications);
        }
        if (design == null) {
            throw new IllegalArgumentException("choose a sampling design: SOBOL or PSEUDO_RANDOM");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("need at least 1 thread, found " + threads);
        }
    }

    /** Pseudo-random sampling, as COINr's uncertainty analysis, on all available processors. */
    public static UncertaintySettings of(int replications, long seed) {
        return new UncertaintySettings(replications, SamplingDesign.PSEUDO_RANDOM, seed,
                Runtime.getRuntime().availableProcessors());
    }

    public UncertaintySettings withThreads(int newThreads) {
        return new UncertaintySettings(replications, design, seed, newThreads);
    }

    public UncertaintySettings withDesign(SamplingDesign newDesign) {
        return new UncertaintySettings(replications, newDesign, seed, threads);
    }
}
