package eu.aireadiness.methodology.uncertainty;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import eu.aireadiness.methodology.CompetitionRanking;
import eu.aireadiness.methodology.engine.CodeMeta;
import eu.aireadiness.methodology.engine.CompositeIndex;
import eu.aireadiness.methodology.engine.IndexData;
import eu.aireadiness.methodology.engine.IndexResults;
import eu.aireadiness.methodology.engine.IndexStructure;
import eu.aireadiness.methodology.engine.InvalidMethodException;
import eu.aireadiness.methodology.engine.MethodSpec;

/**
 * The uncertain assumptions of a composite index built by the engine, ready for {@link UncertaintyAnalysis} and
 * {@link SensitivityAnalysis}: the factors an {@link UncertaintySpec} varies, a model that ranks the units under
 * sampled values of them, and the nominal ranks. Setup builds the nominal index once (denominate, impute and screen
 * do not vary), treats once per winsorisation cap, normalises once per (cap, normalisation) and aggregates the
 * levels below the varied weights once per scenario, so that a replication is the aggregation of the levels above
 * and the ranking of the index. Its ranks are those of {@link CompositeIndex#build} with the same perturbed method.
 */
public final class IndexAssumptions {

    private final IndexStructure structure;
    private final String indexCode;
    private final List<String> units;
    private final int[] nominalRanks;
    private final List<Integer> variedLevels;
    private final double[][][] weightSets;
    private final MethodAlternatives alternatives;
    private final FactorLayout layout;
    private final AggregationPlan plan;
    private final ScenarioTables tables;
    private final double tieTolerance;

    private IndexAssumptions(IndexStructure structure, IndexResults built, MethodSpec nominal, UncertaintySpec spec) {
        this.structure = structure;
        this.indexCode = topCode(structure);
        this.variedLevels = spec.weights().map(UncertaintySpec.WeightNoise::levels).orElse(List.of());
        checkLevels(structure, variedLevels);
        this.units = built.aggregated().units();
        this.nominalRanks = built.ranks().asMap().get(indexCode).clone();
        for (int u = 0; u < units.size(); u++) {
            if (nominalRanks[u] == CompetitionRanking.NO_RANK) {
                throw new InvalidMethodException("uncertainty", "unit " + units.get(u) + " has no " + indexCode
                        + " score under the method, so it has no rank to vary; screen it out (screen.unit_threshold)");
            }
        }
        this.weightSets = new double[variedLevels.size()][][];
        for (int l = 0; l < variedLevels.size(); l++) {
            int level = variedLevels.get(l);
            UncertaintySpec.WeightNoise noise = spec.weights().orElseThrow();
            double[] weights = codesOfLevel(structure, level).stream().mapToDouble(code -> nominal.weights()
                    .getOrDefault(code, structure.meta(code).map(CodeMeta::weight).orElseThrow())).toArray();
            weightSets[l] = NoisyWeights.sets(weights, noise.noise(), noise.sets(), noise.seedOf(level, spec.seed()));
        }
        this.tieTolerance = nominal.rank().tieTolerance();
        this.alternatives = MethodAlternatives.of(nominal, spec);
        this.layout = FactorLayout.of(spec, alternatives);
        this.plan = new AggregationPlan(structure, built.screened().table().codes(), nominal.weights(), variedLevels,
                indexCode);
        this.tables = ScenarioTables.compute(built.screened().table(), structure, nominal, alternatives,
                plan.fixedCodes);
    }

    /**
     * @throws InvalidMethodException when the spec does not fit the structure (a level it lacks) or a combination
     *                                of alternatives cannot be computed (a geometric mean over a score of zero or
     *                                below), naming the key of the method file, the unit and the indicator
     */
    public static IndexAssumptions prepare(IndexData data, IndexStructure structure, MethodSpec nominal,
            UncertaintySpec spec) {
        return prepare(CompositeIndex.build(data, structure, nominal), structure, nominal, spec);
    }

    /**
     * The same from the index already built with the nominal method ({@code CompositeIndex.build(data, structure,
     * nominal)}), which a caller that publishes that build has in hand: at 100,000 units a second build is seconds.
     */
    public static IndexAssumptions prepare(IndexResults nominalBuild, IndexStructure structure, MethodSpec nominal,
            UncertaintySpec spec) {
        return new IndexAssumptions(structure, nominalBuild, nominal, spec);
    }

    public FactorSpace factors() {
        return layout.space();
    }

    /** A new model per call, with its own buffers: one per worker thread. */
    public Supplier<RankModel> models() {
        return () -> new CachedIndexModel(plan, tables, alternatives, layout, weightSets, units.size(),
                tieTolerance);
    }

    /** The units the models rank (those the screening keeps), in the order of their rank arrays. */
    public List<String> units() {
        return units;
    }

    /** The ranks of {@link #units()} in the index built with the nominal method. */
    public int[] nominalRanks() {
        return nominalRanks.clone();
    }

    /** The code of the index: the structure's single top-level aggregate. */
    public String indexCode() {
        return indexCode;
    }

    /** Noisy weight set {@code set} (from 0) of a varied level, by code: the weights replacing the method's. */
    public Map<String, Double> weightSet(int level, int set) {
        int varied = variedLevels.indexOf(level);
        if (varied < 0) {
            throw new IllegalArgumentException("the weights of level " + level + " do not vary; varied levels: "
                    + variedLevels);
        }
        if (set < 0 || set >= weightSets[varied].length) {
            throw new IllegalArgumentException("level " + level + " has noisy weight sets 0 to "
                    + (weightSets[varied].length - 1) + ", found " + set);
        }
        List<String> codes = codesOfLevel(structure, level);
        Map<String, Double> weights = new HashMap<>();
        for (int c = 0; c < codes.size(); c++) {
            weights.put(codes.get(c), weightSets[varied][set][c]);
        }
        return weights;
    }

    static List<String> codesOfLevel(IndexStructure structure, int level) {
        return level == 1 ? structure.indicatorCodes()
                : structure.aggregatesOfLevel(level).stream().map(CodeMeta::code).toList();
    }

    private static String topCode(IndexStructure structure) {
        List<CodeMeta> top = structure.aggregatesOfLevel(structure.topLevel());
        if (structure.topLevel() < 2 || top.size() != 1) {
            throw new InvalidMethodException("uncertainty", "the analysis ranks units on the index, the single"
                    + " aggregate of the top level; the structure's top level " + structure.topLevel() + " has "
                    + top.stream().map(CodeMeta::code).toList());
        }
        return top.get(0).code();
    }

    /** The weights of the top level feed no parent, so levels 1 to top - 1 can vary. */
    private static void checkLevels(IndexStructure structure, List<Integer> levels) {
        for (int level : levels) {
            if (level < 1 || level >= structure.topLevel()) {
                throw new InvalidMethodException("uncertainty.weights.levels", "the index has no level " + level
                        + " whose weights feed a parent; allowed: 1 (the indicators) to " + (structure.topLevel() - 1)
                        + " (the codes under the index)");
            }
        }
    }
}
