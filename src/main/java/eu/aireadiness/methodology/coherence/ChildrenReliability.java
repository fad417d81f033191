package eu.aireadiness.methodology.coherence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.hipparchus.stat.descriptive.moment.Variance;

/**
 * How well the children of one aggregate measure a common thing: Cronbach's alpha and the share of variance on the
 * first principal component. Both use complete cases only (units with a value for every child), like R's
 * {@code na.omit} before {@code prcomp}, so that the two statistics describe the same units.
 *
 * <p>Variances are Hipparchus' bias-corrected {@link Variance} (divisor n − 1), the correlation matrix is
 * {@link PearsonsCorrelation}, and its eigenvalues come from {@link EigenDecompositionSymmetric}.
 */
record ChildrenReliability(double cronbachAlpha, double firstComponentShare, int n) {

    /**
     * @param columns one array per child, each with one value per unit ({@code NaN} = missing)
     */
    static ChildrenReliability of(List<double[]> columns) {
        double[][] complete = completeCases(columns);
        int n = complete.length;
        int k = columns.size();
        // One child is trivially "consistent" with itself: neither statistic says anything, so both are left out.
        if (k < 2 || n < PairwiseCorrelation.MINIMUM_UNITS) {
            return new ChildrenReliability(Double.NaN, Double.NaN, n);
        }
        return new ChildrenReliability(cronbachAlpha(complete, k), firstComponentShare(complete, k), n);
    }

    /** Rows are units, columns children; only the units with every child present. */
    private static double[][] completeCases(List<double[]> columns) {
        int units = columns.isEmpty() ? 0 : columns.get(0).length;
        List<double[]> rows = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            double[] row = new double[columns.size()];
            boolean complete = true;
            for (int c = 0; c < columns.size() && complete; c++) {
                row[c] = columns.get(c)[u];
                complete = !Double.isNaN(row[c]);
            }
            if (complete) {
                rows.add(row);
            }
        }
        return rows.toArray(new double[0][]);
    }

    /** alpha = k / (k − 1) · (1 − Σ var(child) / var(Σ children)); undefined when the sum does not vary. */
    private static double cronbachAlpha(double[][] rows, int k) {
        Variance variance = new Variance();
        double sumOfVariances = 0;
        for (int c = 0; c < k; c++) {
            sumOfVariances += variance.evaluate(column(rows, c));
        }
        double[] totals = Arrays.stream(rows).mapToDouble(row -> Arrays.stream(row).sum()).toArray();
        double varianceOfTotal = variance.evaluate(totals);
        if (varianceOfTotal == 0) {
            return Double.NaN;
        }
        return k / (k - 1.0) * (1 - sumOfVariances / varianceOfTotal);
    }

    /**
     * The largest eigenvalue of the children's correlation matrix over k (the trace): the share of the standardised
     * children's variance a single component captures. Undefined if a child is constant, as its correlations are.
     */
    private static double firstComponentShare(double[][] rows, int k) {
        for (int c = 0; c < k; c++) {
            if (PairwiseCorrelation.isConstant(column(rows, c))) {
                return Double.NaN;
            }
        }
        RealMatrix correlations = new PearsonsCorrelation().computeCorrelationMatrix(rows);
        double largest = Arrays.stream(new EigenDecompositionSymmetric(correlations).getEigenvalues())
                .max().orElseThrow();
        return largest / k;
    }

    private static double[] column(double[][] rows, int c) {
        return Arrays.stream(rows).mapToDouble(row -> row[c]).toArray();
    }
}
