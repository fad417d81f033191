package eu.aireadiness.methodology.uncertainty;

/**
 * How a sensitivity analysis samples: {@code baseSamples} rows N of Saltelli's matrices A and B (the model runs
 * N(d + 2) times for d factors), drawn from {@code seed} with the chosen design on {@code threads} worker threads;
 * {@code bootstrapResamples} seeded bootstrap resamples give confidence intervals at {@code confidenceLevel}
 * (0 resamples: no intervals, they are NaN).
 */
public record SensitivitySettings(int baseSamples, SamplingDesign design, long seed, int threads,
        int bootstrapResamples, double confidenceLevel) {

    public SensitivitySettings {
        if (baseSamples < 2) {
            throw new IllegalArgumentException("a sensitivity analysis needs at least 2 base samples, found "
                    + baseSamples);
        }
        if (design == null) {
            throw new IllegalArgumentException("choose a sampling design: SOBOL or PSEUDO_RANDOM");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("need at least 1 thread, found " + threads);
        }
        if (bootstrapResamples < 0) {
            throw new IllegalArgumentException("bootstrap resamples must be 0 or more, found " + bootstrapResamples);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), found " + confidenceLevel);
        }
    }

    /** Sobol sampling, 1000 bootstrap resamples for 95% intervals, on all available processors. */
    public static SensitivitySettings of(int baseSamples, long seed) {
        return new SensitivitySettings(baseSamples, SamplingDesign.SOBOL, seed,
                Runtime.getRuntime().availableProcessors(), 1000, 0.95);
    }

    public SensitivitySettings withThreads(int newThreads) {
        return new SensitivitySettings(baseSamples, design, seed, newThreads, bootstrapResamples, confidenceLevel);
    }

    public SensitivitySettings withDesign(SamplingDesign newDesign) {
        return new SensitivitySettings(baseSamples, newDesign, seed, threads, bootstrapResamples, confidenceLevel);
    }

    public SensitivitySettings withBootstrap(int resamples, double level) {
        return new SensitivitySettings(baseSamples, design, seed, threads, resamples, level);
    }
}
