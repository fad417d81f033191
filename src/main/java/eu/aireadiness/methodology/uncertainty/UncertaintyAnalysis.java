package eu.aireadiness.methodology.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Monte Carlo uncertainty analysis of a composite index's ranks: the model runs under {@code replications} sampled
 * sets of assumptions, and each unit's ranks are summarised by their median, 5th and 95th percentiles and mean.
 * Every replication's ranks are kept ({@link RankSamples}: 4 bytes per unit and replication) and each unit's are
 * sorted once at the end, so the percentiles are exact, memory grows as units x replications, and the result is the
 * same for any number of threads.
 */
public final class UncertaintyAnalysis {

    static final double LOWER_PERCENTILE = 0.05;
    static final double UPPER_PERCENTILE = 0.95;

    private UncertaintyAnalysis() {
    }

    /**
     * @param rankModels   gives one model per worker thread
     * @param units        the units in the order of the models' rank arrays
     * @param nominalRanks the ranks under the nominal assumptions, in the same order, reported beside the intervals
     */
    public static UncertaintyResult run(FactorSpace factors, Supplier<? extends RankModel> rankModels,
            List<String> units, int[] nominalRanks, UncertaintySettings settings) {
        return run(factors, rankModels, units, nominalRanks, settings, replications -> { });
    }

    /**
     * As {@link #run(FactorSpace, Supplier, List, int[], UncertaintySettings)}, telling {@code replicationsDone} of
     * each replication done (1), from the workers' threads, for a caller that shows progress.
     */
    public static UncertaintyResult run(FactorSpace factors, Supplier<? extends RankModel> rankModels,
            List<String> units, int[] nominalRanks, UncertaintySettings settings, IntConsumer replicationsDone) {
        if (units.size() != nominalRanks.length) {
            throw new IllegalArgumentException(units.size() + " units but " + nominalRanks.length + " nominal ranks");
        }
        RankSamples samples = new RankSamples(units.size(), settings.replications());
        ParallelBlocks.run(settings.replications(), settings.threads(),
                () -> new Replications(factors, rankModels.get(), units.size(), settings, samples),
                replicationsDone);
        RankSamples.Summary[] summaries = samples.summarise(LOWER_PERCENTILE, UPPER_PERCENTILE);
        List<UncertaintyResult.UnitRanks> rows = new ArrayList<>(units.size());
        for (int u = 0; u < units.size(); u++) {
            RankSamples.Summary s = summaries[u];
            rows.add(new UncertaintyResult.UnitRanks(units.get(u), nominalRanks[u], s.median(), s.lower(), s.upper(),
                    s.mean()));
        }
        return new UncertaintyResult(rows, settings.replications());
    }

    /**
     * The memory the analysis keeps for its ranks (4 bytes per unit and replication), for callers that check it
     * against the heap before starting.
     */
    public static long rankBytes(int units, int replications) {
        return RankSamples.bytes(units, replications);
    }

    /** One worker: its model and buffers; it puts each replication's ranks at the replication's own row. */
    private static final class Replications implements ParallelBlocks.Worker {

        private final FactorSpace factors;
        private final RankModel model;
        private final UncertaintySettings settings;
        private final RankSamples samples;
        private final double[] point;
        private final double[] values;
        private final int[] ranks;

        Replications(FactorSpace factors, RankModel model, int units, UncertaintySettings settings,
                RankSamples samples) {
            this.factors = factors;
            this.model = model;
            this.settings = settings;
            this.samples = samples;
            this.point = new double[factors.dimension()];
            this.values = new double[factors.dimension()];
            this.ranks = new int[units];
        }

        @Override
        public void process(int firstRow, int endRow, IntConsumer rowDone) {
            SamplingDesign.PointSequence points = settings.design().points(factors.dimension(), settings.seed(),
                    firstRow);
            for (int row = firstRow; row < endRow; row++) {
                points.next(point);
                factors.values(point, 0, values);
                model.ranks(values, ranks);
                samples.put(row, ranks);
                rowDone.accept(1);
            }
        }
    }
}
