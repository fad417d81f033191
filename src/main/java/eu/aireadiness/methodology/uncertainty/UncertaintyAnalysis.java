package eu.aireadiness.methodology.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Monte Carlo uncertainty analysis of a composite index's ranks: the model runs under {@code replications} sampled
 * sets of assumptions, and each unit's ranks are summarised by their median, 5th and 95th percentiles and mean.
 * Ranks are counted in per-unit histograms, so memory does not grow with the number of replications and the result
 * is the same for any number of threads.
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
        if (units.size() != nominalRanks.length) {
            throw new IllegalArgumentException(units.size() + " units but " + nominalRanks.length + " nominal ranks");
        }
        List<Replications> workers = ParallelBlocks.run(settings.replications(), settings.threads(),
                () -> new Replications(factors, rankModels.get(), units.size(), settings));
        RankHistogram histogram = new RankHistogram(units.size());
        for (Replications worker : workers) {
            histogram.addAll(worker.histogram);
        }
        List<UncertaintyResult.UnitRanks> summaries = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            summaries.add(new UncertaintyResult.UnitRanks(units.get(u), nominalRanks[u], histogram.quantile(u, 0.5),
                    histogram.quantile(u, LOWER_PERCENTILE), histogram.quantile(u, UPPER_PERCENTILE),
                    histogram.meanRank(u)));
        }
        return new UncertaintyResult(summaries, settings.replications());
    }

    /** One worker: its model, buffers and histogram. */
    private static final class Replications implements ParallelBlocks.Worker {

        private final FactorSpace factors;
        private final RankModel model;
        private final UncertaintySettings settings;
        private final RankHistogram histogram;
        private final double[] point;
        private final double[] values;
        private final int[] ranks;

        Replications(FactorSpace factors, RankModel model, int units, UncertaintySettings settings) {
            this.factors = factors;
            this.model = model;
            this.settings = settings;
            this.histogram = new RankHistogram(units);
            this.point = new double[factors.dimension()];
            this.values = new double[factors.dimension()];
            this.ranks = new int[units];
        }

        @Override
        public void process(int firstRow, int endRow) {
            SamplingDesign.PointSequence points = settings.design().points(factors.dimension(), settings.seed(),
                    firstRow);
            for (int row = firstRow; row < endRow; row++) {
                points.next(point);
                factors.values(point, 0, values);
                model.ranks(values, ranks);
                histogram.add(ranks);
            }
        }
    }
}
