package eu.aireadiness.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

import eu.aireadiness.compute.ComputeCommand;
import eu.aireadiness.methodology.engine.CompositeIndex;
import eu.aireadiness.methodology.engine.IndexData;
import eu.aireadiness.methodology.engine.IndexStructure;
import eu.aireadiness.methodology.engine.MethodSpec;
import eu.aireadiness.methodology.uncertainty.IndexAssumptions;
import eu.aireadiness.methodology.uncertainty.RankShift;
import eu.aireadiness.methodology.uncertainty.SensitivityAnalysis;
import eu.aireadiness.methodology.uncertainty.SensitivitySettings;
import eu.aireadiness.methodology.uncertainty.UncertaintyAnalysis;
import eu.aireadiness.methodology.uncertainty.UncertaintyResult;
import eu.aireadiness.methodology.uncertainty.UncertaintySettings;
import eu.aireadiness.methodology.uncertainty.UncertaintySpec;

/**
 * Times the engine and its uncertainty analysis on COINr's ASEM example (51 units, 49 indicators) with
 * configuration A and the assumptions of method-A-uncertainty.yml, read from the test classpath. Targets: a warm
 * rebuild under 1 ms, N = 1,000 under 1 s and N = 10,000 under 5 s, setup included. Run with {@code make bench};
 * the optional argument is the number of threads (default: available processors). Memory: "peak heap" is the sum
 * of the heap pools' peaks over the timed runs, garbage included (mostly the young generation's size); "retained"
 * is what one run's result keeps reachable. The ranks of every replication are kept (4 bytes per unit and
 * replication: 2 MB for ASEM's 51 units at N = 10,000), so both grow only slightly with N.
 * Speed is measured here, never in unit tests, where timings would make builds flaky.
 */
public final class UncertaintyBenchmark {

    private static final int REBUILDS = 5_000;
    private static final int RUNS = 5;

    private final IndexStructure structure;
    private final IndexData data;
    private final MethodSpec method;
    private final UncertaintySpec assumptions;
    private final int threads;

    private UncertaintyBenchmark(ComputeCommand.Inputs inputs, int threads) {
        this.structure = inputs.structure();
        this.data = inputs.data();
        this.method = inputs.method().method();
        this.assumptions = inputs.method().uncertainty().orElseThrow();
        this.threads = threads;
    }

    public static void main(String[] args) throws URISyntaxException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        ComputeCommand.Inputs inputs = ComputeCommand.read(asem("iMeta.csv"), asem("iData_long.csv"),
                asem("method-A-uncertainty.yml"));
        UncertaintyBenchmark bench = new UncertaintyBenchmark(inputs, threads);
        System.out.printf("machine: %d cores (available processors), %d analysis threads, Java %s%n",
                Runtime.getRuntime().availableProcessors(), threads, System.getProperty("java.version"));
        System.out.printf("ASEM: %d units, %d indicators; factors: %s%n", inputs.data().units().size(),
                inputs.structure().indicators().size(), bench.prepare(1_000).factors().names());
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            bench.rebuilds(REBUILDS);
            bench.uncertainty(10_000);
            bench.sensitivity(1_000);
        }
        System.out.printf("rebuild, configuration A (CompositeIndex.build), median of %d: %.3f ms%n", REBUILDS,
                bench.rebuilds(REBUILDS));
        measure("setup alone (nominal build, 5 treatments, 10 normalisations, 20 scenario tables)",
                () -> bench.prepare(1));
        for (int n : new int[] {1_000, 10_000}) {
            measure("uncertainty N=" + n + " (setup + " + n + " replications)", () -> bench.uncertainty(n));
        }
        measure("sensitivity N=1000 base samples (setup + 7000 model runs, 200 bootstrap resamples)",
                () -> bench.sensitivity(1_000));
        UncertaintyResult result = bench.uncertainty(10_000);
        long covered = result.units().stream().filter(UncertaintyResult.UnitRanks::intervalContainsNominal).count();
        System.out.printf("N=10000: %d of %d nominal ranks inside their 5th-95th percentile interval%n", covered,
                result.units().size());
    }

    private static Path asem(String file) throws URISyntaxException {
        return Path.of(UncertaintyBenchmark.class.getResource("/asem/" + file).toURI());
    }

    /** @return the median time of one full build, in milliseconds */
    private double rebuilds(int count) {
        double[] millis = new double[count];
        double checksum = 0;
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            checksum += CompositeIndex.build(data, structure, method).aggregated().get(0, 0);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        if (Double.isNaN(checksum)) {
            throw new IllegalStateException("the first unit has no score"); // keeps the builds from being elided
        }
        Arrays.sort(millis);
        return millis[count / 2];
    }

    private IndexAssumptions prepare(int replications) {
        UncertaintySpec spec = new UncertaintySpec(replications, assumptions.seed(), assumptions.weights(),
                assumptions.normalisations(), assumptions.means(), assumptions.winmax(), assumptions.sensitivity());
        return IndexAssumptions.prepare(data, structure, method, spec);
    }

    private UncertaintyResult uncertainty(int replications) {
        IndexAssumptions prepared = prepare(replications);
        return UncertaintyAnalysis.run(prepared.factors(), prepared.models(), prepared.units(),
                prepared.nominalRanks(), UncertaintySettings.of(replications, assumptions.seed()).withThreads(threads));
    }

    private Object sensitivity(int baseSamples) {
        IndexAssumptions prepared = prepare(1);
        return SensitivityAnalysis.run(prepared.factors(),
                RankShift.meanAbsoluteShift(prepared.models(), prepared.nominalRanks()),
                SensitivitySettings.of(baseSamples, assumptions.seed()).withThreads(threads).withBootstrap(200, 0.95));
    }

    private static void measure(String label, Supplier<?> analysis) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        double[] millis = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            Object timed = analysis.get();
            millis[run] = (System.nanoTime() - start) / 1e6;
            if (timed == null) {
                throw new IllegalStateException(label + " gave no result"); // and the work cannot be left out
            }
        }
        Arrays.sort(millis);
        long peak = peakHeapBytes();
        long before = usedHeapAfterCollection();
        Object result = analysis.get();
        long retained = usedHeapAfterCollection() - before;
        System.out.printf("%-84s median %7.1f ms  best %7.1f ms  peak heap %5.1f MB  retained %6.1f KB%n", label,
                millis[RUNS / 2], millis[0], peak / 1e6, retained / 1e3);
        if (result == null) {
            throw new IllegalStateException(label + " gave no result"); // keeps the result reachable until here
        }
    }

    /** What is reachable: the heap in use once it no longer shrinks from one full collection to the next. */
    private static long usedHeapAfterCollection() {
        long used = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap in use at any moment. */
    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
