package eu.aireadiness.methodology.uncertainty;

/**
 * The estimators of Saltelli et al. (2010), "Variance based sensitivity analysis of model output. Design and
 * estimator for the total sensitivity index", Comput. Phys. Commun. 181, Table 2, over the outputs f(A), f(B) and
 * f(A_B^i) of N rows, where A_B^i is A with column i taken from B. Each estimator runs over a list of rows so that
 * the bootstrap can pass resampled rows; the full sample passes 0..N-1.
 */
final class SaltelliEstimators {

    private SaltelliEstimators() {
    }

    /**
     * V(Y), the population variance of the 2N outputs f(A) and f(B), as SALib does: both matrices are samples of
     * the same input distribution. Two passes (mean, then squared deviations) for accuracy.
     */
    static double variance(double[] fA, double[] fB, int[] rows) {
        double sum = 0;
        for (int r : rows) {
            sum += fA[r] + fB[r];
        }
        double mean = sum / (2.0 * rows.length);
        double squares = 0;
        for (int r : rows) {
            squares += (fA[r] - mean) * (fA[r] - mean) + (fB[r] - mean) * (fB[r] - mean);
        }
        return squares / (2.0 * rows.length);
    }

    /** S_i = (1/N) sum f(B)_j (f(A_B^i)_j - f(A)_j) / V(Y): Saltelli 2010, Table 2 (b). */
    static double firstOrder(double[] fA, double[] fB, double[] fABi, int[] rows, double variance) {
        double sum = 0;
        for (int r : rows) {
            sum += fB[r] * (fABi[r] - fA[r]);
        }
        return sum / rows.length / variance;
    }

    /** ST_i = (1/2N) sum (f(A)_j - f(A_B^i)_j)^2 / V(Y): Jansen (1999), Saltelli 2010, Table 2 (f). */
    static double total(double[] fA, double[] fABi, int[] rows, double variance) {
        double sum = 0;
        for (int r : rows) {
            double d = fA[r] - fABi[r];
            sum += d * d;
        }
        return sum / (2.0 * rows.length) / variance;
    }
}
