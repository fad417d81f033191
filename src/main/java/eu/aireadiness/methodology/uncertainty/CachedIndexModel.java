package eu.aireadiness.methodology.uncertainty;

import eu.aireadiness.methodology.CompetitionRanking;
import eu.aireadiness.methodology.engine.AggregateSpec;
import eu.aireadiness.methodology.engine.WeightedMeans;

/**
 * One replication of the index under sampled assumptions, from the precomputed scenario tables: the aggregates
 * above the varied weights are recomputed with the chosen weight sets, and the index column is ranked. Every buffer
 * is allocated once per instance, which is why an instance serves one worker thread only.
 */
final class CachedIndexModel implements RankModel {

    private final AggregationPlan plan;
    private final ScenarioTables tables;
    private final MethodAlternatives alternatives;
    private final FactorLayout layout;
    /** {@code weightSets[varied level][set][position of the code in its level]} */
    private final double[][][] weightSets;
    private final double[][] recomputed;
    private final double[][][] childColumns;
    private final double[][] childScores;
    private final double[][] childWeights;
    private final double[] rankKeys;
    private final int[] rankPositions;
    private final double tieTolerance;

    CachedIndexModel(AggregationPlan plan, ScenarioTables tables, MethodAlternatives alternatives,
            FactorLayout layout, double[][][] weightSets, int units, double tieTolerance) {
        this.plan = plan;
        this.tieTolerance = tieTolerance;
        this.tables = tables;
        this.alternatives = alternatives;
        this.layout = layout;
        this.weightSets = weightSets;
        int parents = plan.parents();
        this.recomputed = new double[parents][units];
        this.childColumns = new double[parents][][];
        this.childScores = new double[parents][];
        this.childWeights = new double[parents][];
        for (int p = 0; p < parents; p++) {
            int children = plan.childSlots[p].length;
            childColumns[p] = new double[children][];
            childScores[p] = new double[children];
            childWeights[p] = new double[children];
        }
        this.rankKeys = new double[units];
        this.rankPositions = new int[units];
    }

    @Override
    public void ranks(double[] factorValues, int[] ranksOut) {
        int aggregation = FactorLayout.choice(factorValues, layout.aggregation());
        int scenario = alternatives.scenario(FactorLayout.choice(factorValues, layout.winmax()),
                FactorLayout.choice(factorValues, layout.normalisation()), aggregation);
        double[][] fixed = tables.scenario(scenario);
        AggregateSpec means = alternatives.aggregations().get(aggregation);
        for (int p = 0; p < plan.parents(); p++) {
            chooseWeights(p, factorValues);
            AggregateSpec.Mean mean = means.at(plan.level[p]);
            double[][] columns = childColumns[p];
            for (int k = 0; k < columns.length; k++) {
                columns[k] = column(fixed, plan.childSlots[p][k]);
            }
            double[] x = childScores[p];
            double[] out = recomputed[p];
            for (int u = 0; u < out.length; u++) {
                for (int k = 0; k < columns.length; k++) {
                    x[k] = columns[k][u];
                }
                out[u] = WeightedMeans.of(mean, x, childWeights[p]);
            }
        }
        CompetitionRanking.rank(column(fixed, plan.indexSlot), tieTolerance, ranksOut, rankKeys, rankPositions);
    }

    private void chooseWeights(int parent, double[] factorValues) {
        int varied = plan.variedLevel[parent];
        if (varied < 0) {
            System.arraycopy(plan.nominalWeights[parent], 0, childWeights[parent], 0, childWeights[parent].length);
            return;
        }
        double[] set = weightSets[varied][FactorLayout.choice(factorValues, layout.weightFactors()[varied])];
        int[] positions = plan.childPositions[parent];
        for (int k = 0; k < positions.length; k++) {
            childWeights[parent][k] = set[positions[k]];
        }
    }

    private double[] column(double[][] fixed, int slot) {
        return slot < fixed.length ? fixed[slot] : recomputed[slot - fixed.length];
    }
}
