package eu.aireadiness.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

import eu.aireadiness.methodology.CompetitionRanking;
import eu.aireadiness.methodology.uncertainty.Factor;
import eu.aireadiness.methodology.uncertainty.FactorSpace;
import eu.aireadiness.methodology.uncertainty.RankModel;

/**
 * A seeded synthetic index of the size the uncertainty analysis must handle: 51 units, 49 indicators in 8 pillars
 * (7 + 7 x 6), 2 sub-indices of 4 pillars. Its 13 factors are the 8 pillar and 2 sub-index weight multipliers
 * (+-25%, levels 2 and 3), the normalisation (min-max to [1, 100] or z-score as 100 + 10 z, both positive so the
 * geometric mean applies), the aggregation (arithmetic or geometric at every level) and a winsorisation cap of 1 to
 * 5 points, simulated by clipping each indicator's k highest values to the next one. Everything that does not
 * depend on the weights is computed once: the 2 x 5 x 2 pillar tables, the geometric ones as logarithms, so that a
 * replication is two weighted means per unit and a ranking (the geometric mean is exp of the weighted mean of logs,
 * and ranking on the log of the index gives the same ranks).
 */
final class SyntheticIndex {

    static final int UNITS = 51;
    static final int PILLARS = 8;
    static final int[] PILLAR_SIZES = {7, 6, 6, 6, 6, 6, 6, 6};
    static final int CAPS = 5;
    static final int WEIGHT_FACTORS = PILLARS + 2;
    static final int NORMALISATION = WEIGHT_FACTORS;
    static final int AGGREGATION = WEIGHT_FACTORS + 1;
    static final int CAP = WEIGHT_FACTORS + 2;

    /** pillarLevel[normalisation][cap][aggregation][unit][pillar]: pillar score, or its logarithm if geometric. */
    private final double[][][][][] pillarLevel;
    final FactorSpace factors;
    final List<String> units;

    SyntheticIndex(long seed) {
        double[][] raw = rawData(seed);
        pillarLevel = new double[2][CAPS][2][][];
        for (int cap = 1; cap <= CAPS; cap++) {
            double[][] treated = winsorised(raw, cap);
            for (int normalisation = 0; normalisation < 2; normalisation++) {
                double[][] scores = normalised(treated, normalisation == 1);
                for (int aggregation = 0; aggregation < 2; aggregation++) {
                    pillarLevel[normalisation][cap - 1][aggregation] = pillars(scores, aggregation == 1);
                }
            }
        }
        List<Factor> list = new ArrayList<>();
        for (int p = 0; p < PILLARS; p++) {
            list.add(new Factor.Uniform("weight pillar " + (p + 1), 0.75, 1.25));
        }
        list.add(new Factor.Uniform("weight sub-index 1", 0.75, 1.25));
        list.add(new Factor.Uniform("weight sub-index 2", 0.75, 1.25));
        list.add(Factor.Choice.of("normalisation", "minmax", "zscore"));
        list.add(Factor.Choice.of("aggregation", "arithmetic", "geometric"));
        list.add(Factor.Choice.of("winsorisation cap", "1", "2", "3", "4", "5"));
        factors = new FactorSpace(list);
        units = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            units.add("U" + (u + 1));
        }
    }

    /** Equal weights, min-max, arithmetic, cap 1 (the lightest treatment). */
    double[] nominalFactorValues() {
        double[] values = new double[factors.dimension()];
        Arrays.fill(values, 0, WEIGHT_FACTORS, 1.0);
        return values;
    }

    Supplier<RankModel> models() {
        return () -> {
            double[] index = new double[UNITS];
            return (values, ranksOut) -> {
                double[][] level =
                        pillarLevel[(int) values[NORMALISATION]][(int) values[CAP]][(int) values[AGGREGATION]];
                for (int u = 0; u < UNITS; u++) {
                    double first = weightedMean(level[u], values, 0, 4);
                    double second = weightedMean(level[u], values, 4, 8);
                    double w1 = values[PILLARS];
                    double w2 = values[PILLARS + 1];
                    index[u] = (w1 * first + w2 * second) / (w1 + w2);
                }
                System.arraycopy(CompetitionRanking.rank(index), 0, ranksOut, 0, UNITS);
            };
        };
    }

    /** Pillar weights are nominally equal, so the multipliers are the weights. */
    private static double weightedMean(double[] pillarValues, double[] multipliers, int from, int to) {
        double sum = 0;
        double weights = 0;
        for (int p = from; p < to; p++) {
            sum += multipliers[p] * pillarValues[p];
            weights += multipliers[p];
        }
        return sum / weights;
    }

    /** Log-normal indicators driven by one latent readiness per unit: skewed, with a few outliers to winsorise. */
    private static double[][] rawData(long seed) {
        RandomGenerator random = new Well19937c(seed);
        int indicators = Arrays.stream(PILLAR_SIZES).sum();
        double[][] raw = new double[UNITS][indicators];
        for (double[] unit : raw) {
            double readiness = random.nextGaussian();
            for (int i = 0; i < indicators; i++) {
                unit[i] = Math.exp(0.5 * readiness + 0.6 * random.nextGaussian());
            }
        }
        return raw;
    }

    private static double[][] winsorised(double[][] raw, int cap) {
        double[][] out = new double[UNITS][];
        for (int u = 0; u < UNITS; u++) {
            out[u] = raw[u].clone();
        }
        for (int i = 0; i < raw[0].length; i++) {
            double[] column = new double[UNITS];
            for (int u = 0; u < UNITS; u++) {
                column[u] = raw[u][i];
            }
            Arrays.sort(column);
            double ceiling = column[UNITS - 1 - cap];
            for (int u = 0; u < UNITS; u++) {
                out[u][i] = Math.min(out[u][i], ceiling);
            }
        }
        return out;
    }

    private static double[][] normalised(double[][] values, boolean zScore) {
        double[][] out = new double[UNITS][values[0].length];
        for (int i = 0; i < values[0].length; i++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (double[] unit : values) {
                min = Math.min(min, unit[i]);
                max = Math.max(max, unit[i]);
                sum += unit[i];
            }
            double mean = sum / UNITS;
            double squares = 0;
            for (double[] unit : values) {
                squares += (unit[i] - mean) * (unit[i] - mean);
            }
            double sd = Math.sqrt(squares / (UNITS - 1));
            for (int u = 0; u < UNITS; u++) {
                double x = values[u][i];
                out[u][i] = zScore ? 100 + 10 * (x - mean) / sd : 1 + 99 * (x - min) / (max - min);
            }
        }
        return out;
    }

    /** Equal indicator weights within a pillar; geometric pillars are kept as the mean of the logarithms. */
    private static double[][] pillars(double[][] scores, boolean geometric) {
        double[][] out = new double[UNITS][PILLARS];
        for (int u = 0; u < UNITS; u++) {
            int first = 0;
            for (int p = 0; p < PILLARS; p++) {
                double sum = 0;
                for (int i = first; i < first + PILLAR_SIZES[p]; i++) {
                    sum += geometric ? Math.log(scores[u][i]) : scores[u][i];
                }
                out[u][p] = sum / PILLAR_SIZES[p];
                first += PILLAR_SIZES[p];
            }
        }
        return out;
    }
}
