package eu.aireadiness.methodology.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.hipparchus.random.Well19937c;
import org.hipparchus.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

import eu.aireadiness.methodology.CompetitionRanking;

/**
 * Rank intervals at a unit count where a units x units histogram could not even be sized in an {@code int}
 * (46,341 squared is above 2^31 - 1), with a few replications so that it runs in about a second. The intervals are
 * checked against the replications' ranks themselves, recorded as the model returns them and summarised here
 * independently: sorted per unit, percentiles by Hipparchus' R type 7, means by summing.
 */
class UncertaintyAnalysisAtScaleTest {

    private static final int UNITS = 50_000;
    private static final int REPLICATIONS = 9;
    /** Every 997th unit and the last: units spread over the whole table, block edges included by chance. */
    private static final int[] SAMPLED = IntStream.concat(IntStream.iterate(0, u -> u < UNITS, u -> u + 997),
            IntStream.of(UNITS - 1)).toArray();

    @Test
    void intervalsAboveTheOldOverflowAreThoseOfTheReplicatedRanks() {
        // Unit u scores base[u] + spread[u] * (a factor in [-1, 1]), one of three factors by u mod 3: units
        // overtake their neighbours in the ranking as the factors move, and some tie (competition ranks).
        Well19937c random = new Well19937c(46_341);
        double[] base = new double[UNITS];
        double[] spread = new double[UNITS];
        for (int u = 0; u < UNITS; u++) {
            base[u] = Math.floor(random.nextDouble() * 20_000); // whole numbers: about a third of units tie
            spread[u] = random.nextDouble() * 50;
        }
        FactorSpace factors = FactorSpace.of(new Factor.Uniform("a", -1, 1), new Factor.Uniform("b", -1, 1),
                new Factor.Uniform("c", -1, 1));
        List<int[]> recorded = new ArrayList<>();
        Supplier<RankModel> models = () -> {
            double[] scores = new double[UNITS];
            return (values, ranks) -> {
                for (int u = 0; u < UNITS; u++) {
                    scores[u] = base[u] + spread[u] * values[u % 3];
                }
                System.arraycopy(CompetitionRanking.rank(scores), 0, ranks, 0, UNITS);
                int[] sampled = Arrays.stream(SAMPLED).map(u -> ranks[u]).toArray();
                synchronized (recorded) {
                    recorded.add(sampled);
                }
            };
        };
        List<String> units = IntStream.range(0, UNITS).mapToObj(u -> "U" + u).toList();
        int[] nominal = CompetitionRanking.rank(base);

        UncertaintyResult result = UncertaintyAnalysis.run(factors, models, units, nominal,
                UncertaintySettings.of(REPLICATIONS, 7).withThreads(2));

        assertThat(recorded).hasSize(REPLICATIONS);
        Percentile r7 = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        int moved = 0;
        for (int s = 0; s < SAMPLED.length; s++) {
            int unit = SAMPLED[s];
            int at = s;
            double[] ranks = recorded.stream().mapToDouble(r -> r[at]).sorted().toArray();
            UncertaintyResult.UnitRanks row = result.units().get(unit);
            assertThat(row.unit()).isEqualTo("U" + unit);
            assertThat(row.nominalRank()).isEqualTo(nominal[unit]);
            assertThat(row.lowerRank()).as("q05 of unit %d", unit).isCloseTo(r7.evaluate(ranks, 5), within(1e-9));
            assertThat(row.medianRank()).as("median of unit %d", unit).isCloseTo(r7.evaluate(ranks, 50),
                    within(1e-9));
            assertThat(row.upperRank()).as("q95 of unit %d", unit).isCloseTo(r7.evaluate(ranks, 95), within(1e-9));
            assertThat(row.meanRank()).as("mean of unit %d", unit)
                    .isCloseTo(Arrays.stream(ranks).sum() / REPLICATIONS, within(1e-9));
            if (ranks[0] != ranks[ranks.length - 1]) {
                moved++;
            }
        }
        // the check means something only if ranks do move between replications
        assertThat(moved).isGreaterThan(SAMPLED.length / 2);
    }
}
