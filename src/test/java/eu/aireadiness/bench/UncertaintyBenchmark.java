package eu.aireadiness.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;

import eu.aireadiness.methodology.uncertainty.RankShift;
import eu.aireadiness.methodology.uncertainty.SensitivityAnalysis;
import eu.aireadiness.methodology.uncertainty.SensitivitySettings;
import eu.aireadiness.methodology.uncertainty.UncertaintyAnalysis;
import eu.aireadiness.methodology.uncertainty.UncertaintyResult;
import eu.aireadiness.methodology.uncertainty.UncertaintySettings;

/**
 * Times the uncertainty analysis on {@link SyntheticIndex} (targets: N = 1,000 under 1 s and N = 10,000 under 5 s
 * on 2 cores), and a sensitivity analysis for scale. Run with {@code make bench}; the optional argument is the
 * number of threads (default: available processors). Speed is measured here, never in unit tests, where timings
 * would make builds flaky.
 */
public final class UncertaintyBenchmark {

    private static final int RUNS = 5;
    private static final long SEED = 2026L;

    private UncertaintyBenchmark() {
    }

    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        SyntheticIndex index = new SyntheticIndex(SEED);
        int[] nominal = new int[SyntheticIndex.UNITS];
        index.models().get().ranks(index.nominalFactorValues(), nominal);
        System.out.printf("synthetic index: %d units, 49 indicators, %d pillars, 2 sub-indices, %d factors,"
                + " %d threads%n", SyntheticIndex.UNITS, SyntheticIndex.PILLARS, index.factors.dimension(), threads);

        for (int warmUp = 0; warmUp < 3; warmUp++) {
            uncertainty(index, nominal, 10_000, threads);
            sensitivity(index, nominal, 1_000, threads);
        }
        for (int n : new int[] {1_000, 10_000}) {
            measure("uncertainty N=" + n, () -> uncertainty(index, nominal, n, threads));
        }
        measure("sensitivity N=1000 (15000 model runs, 1000 bootstrap resamples)",
                () -> sensitivity(index, nominal, 1_000, threads));

        UncertaintyResult result = uncertainty(index, nominal, 10_000, threads);
        long covered = result.units().stream().filter(UncertaintyResult.UnitRanks::intervalContainsNominal).count();
        System.out.printf("N=10000: %d of %d nominal ranks inside their 5th-95th percentile interval%n", covered,
                result.units().size());
    }

    private static void measure(String label, Runnable analysis) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        double[] millis = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            analysis.run();
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-66s best %8.1f ms  median %8.1f ms  peak heap %6.1f MB%n", label, millis[0],
                millis[RUNS / 2], peakHeapBytes() / 1e6);
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap in use at any moment. */
    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static UncertaintyResult uncertainty(SyntheticIndex index, int[] nominal, int n, int threads) {
        return UncertaintyAnalysis.run(index.factors, index.models(), index.units, nominal,
                UncertaintySettings.of(n, SEED).withThreads(threads));
    }

    private static void sensitivity(SyntheticIndex index, int[] nominal, int n, int threads) {
        SensitivityAnalysis.run(index.factors, RankShift.meanAbsoluteShift(index.models(), nominal),
                SensitivitySettings.of(n, SEED).withThreads(threads));
    }
}
