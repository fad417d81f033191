package eu.aireadiness.methodology.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Variance-based (Sobol) sensitivity analysis with the design of Saltelli et al. (2010): row j of the sample is a
 * point of dimension 2d whose first d coordinates are row j of matrix A and last d row j of matrix B; the model runs
 * on A_j, B_j and the d rows A_B^i_j (A_j with coordinate i from B_j). The outputs are kept (N(d + 2) doubles) for
 * the estimators and the bootstrap, which run once all rows are done, in row order, so results do not depend on the
 * number of threads.
 */
public final class SensitivityAnalysis {

    private SensitivityAnalysis() {
    }

    /** @param models gives one model per worker thread */
    public static SensitivityResult run(FactorSpace factors, Supplier<? extends ScalarModel> models,
            SensitivitySettings settings) {
        return run(factors, models, settings, rows -> { });
    }

    /**
     * As {@link #run(FactorSpace, Supplier, SensitivitySettings)}, telling {@code baseSamplesDone} of each base
     * sample done (a row of the design, d + 2 model runs), from the workers' threads.
     */
    public static SensitivityResult run(FactorSpace factors, Supplier<? extends ScalarModel> models,
            SensitivitySettings settings, IntConsumer baseSamplesDone) {
        int n = settings.baseSamples();
        int d = factors.dimension();
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[d][n];
        ParallelBlocks.run(n, settings.threads(), () -> new Rows(factors, models.get(), settings, fA, fB, fAB),
                baseSamplesDone);

        int[] allRows = new int[n];
        for (int r = 0; r < n; r++) {
            allRows[r] = r;
        }
        double variance = SaltelliEstimators.variance(fA, fB, allRows);
        if (!(variance > 0)) {
            throw new IllegalStateException("the model's output does not vary over the " + n + " base samples"
                    + " (variance " + variance + "), so there is no variance to apportion among the factors");
        }
        SensitivityBootstrap bootstrap = new SensitivityBootstrap(fA, fB, fAB, settings);
        List<SensitivityResult.FactorIndices> indices = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            indices.add(new SensitivityResult.FactorIndices(factors.factors().get(i).name(),
                    SaltelliEstimators.firstOrder(fA, fB, fAB[i], allRows, variance),
                    SaltelliEstimators.total(fA, fAB[i], allRows, variance),
                    bootstrap.firstOrderInterval(i), bootstrap.totalInterval(i)));
        }
        return new SensitivityResult(indices, n, Math.multiplyExact(n, d + 2), mean(fA, fB), variance);
    }

    private static double mean(double[] fA, double[] fB) {
        double sum = 0;
        for (int r = 0; r < fA.length; r++) {
            sum += fA[r] + fB[r];
        }
        return sum / (2.0 * fA.length);
    }

    /** One worker: writes the outputs of the rows it processes at their row positions. */
    private static final class Rows implements ParallelBlocks.Worker {

        private final FactorSpace factors;
        private final ScalarModel model;
        private final SensitivitySettings settings;
        private final double[] fA;
        private final double[] fB;
        private final double[][] fAB;
        private final double[] point;
        private final double[] valuesA;
        private final double[] valuesB;
        private final double[] valuesAB;

        Rows(FactorSpace factors, ScalarModel model, SensitivitySettings settings, double[] fA, double[] fB,
                double[][] fAB) {
            this.factors = factors;
            this.model = model;
            this.settings = settings;
            this.fA = fA;
            this.fB = fB;
            this.fAB = fAB;
            int d = factors.dimension();
            this.point = new double[2 * d];
            this.valuesA = new double[d];
            this.valuesB = new double[d];
            this.valuesAB = new double[d];
        }

        @Override
        public void process(int firstRow, int endRow, IntConsumer rowDone) {
            int d = factors.dimension();
            SamplingDesign.PointSequence points = settings.design().points(2 * d, settings.seed(), firstRow);
            for (int row = firstRow; row < endRow; row++) {
                points.next(point);
                factors.values(point, 0, valuesA);
                factors.values(point, d, valuesB);
                fA[row] = model.value(valuesA);
                fB[row] = model.value(valuesB);
                for (int i = 0; i < d; i++) {
                    System.arraycopy(valuesA, 0, valuesAB, 0, d);
                    valuesAB[i] = valuesB[i];
                    fAB[i][row] = model.value(valuesAB);
                }
                rowDone.accept(1);
            }
        }
    }
}
