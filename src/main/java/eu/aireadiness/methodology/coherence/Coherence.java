package eu.aireadiness.methodology.coherence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import eu.aireadiness.methodology.IndicatorTable;

/**
 * The statistical coherence checks the JRC runs when it audits a composite indicator: how each indicator and
 * aggregate correlates with its parent and with the index, how consistent each aggregate's children are (Cronbach's
 * alpha, first principal component), and the usual warnings (children negatively or weakly correlated with their
 * aggregate, pairs of siblings negatively correlated). The statistics themselves come from Hipparchus; see
 * {@link PairwiseCorrelation} and {@link ChildrenReliability}.
 */
public final class Coherence {

    /** The JRC audits' usual threshold for a child weakly correlated with its parent. */
    public static final double USUAL_WEAK_THRESHOLD = 0.3;

    private Coherence() {
    }

    /**
     * @param scores        the same units' normalised indicators and aggregate scores (pillars ... index) as columns;
     *                      {@code NaN} = missing. Other columns are ignored.
     * @param parentOf      each code's parent (indicator to pillar, pillar to sub-index or index ...); a blank parent
     *                      marks the index, as in COINr's {@code iMeta}
     * @param indexCode     the root of the tree
     * @param weakThreshold a child whose Pearson correlation with its parent is at least 0 but below this is WEAK
     * @throws IllegalArgumentException if the tree is not a tree under {@code indexCode} or names a missing column;
     *                                  never for the data: what cannot be computed is {@code NaN}
     */
    public static CoherenceReport analyse(IndicatorTable scores, Map<String, String> parentOf, String indexCode,
            double weakThreshold) {
        if (!Double.isFinite(weakThreshold)) {
            throw new IllegalArgumentException("the weak-correlation threshold must be a finite number, found "
                    + weakThreshold + "; the JRC audits commonly use 0.3");
        }
        CoherenceTree tree = CoherenceTree.of(scores, parentOf, indexCode);
        Map<String, PairwiseCorrelation.Column> byCode = new HashMap<>(); // each column ranked at most once
        Function<String, PairwiseCorrelation.Column> column = code -> byCode.computeIfAbsent(code,
                c -> new PairwiseCorrelation.Column(scores.column(c)));
        List<CorrelationRow> correlations = new ArrayList<>();
        for (String code : tree.codes()) {
            tree.parent(code).ifPresent(parent -> correlations.add(correlationRow(column, tree, code, parent,
                    indexCode)));
        }
        List<AggregateCoherence> aggregates = new ArrayList<>();
        List<CoherenceFlag> flags = new ArrayList<>();
        for (String aggregate : tree.aggregates()) {
            List<String> children = tree.children(aggregate);
            List<double[]> columns = children.stream().map(scores::column).toList();
            ChildrenReliability reliability = ChildrenReliability.of(columns);
            aggregates.add(new AggregateCoherence(aggregate, tree.level(aggregate), children,
                    reliability.cronbachAlpha(), reliability.firstComponentShare(), reliability.n()));
            flags.addAll(childFlags(aggregate, children, correlations, weakThreshold));
            flags.addAll(pairFlags(aggregate, children, columns));
        }
        return new CoherenceReport(indexCode, weakThreshold, correlations, aggregates, flags);
    }

    private static CorrelationRow correlationRow(Function<String, PairwiseCorrelation.Column> column,
            CoherenceTree tree, String code, String parent, String index) {
        PairwiseCorrelation withParent = PairwiseCorrelation.of(column.apply(code), column.apply(parent));
        PairwiseCorrelation withIndex = PairwiseCorrelation.of(column.apply(code), column.apply(index));
        return new CorrelationRow(code, parent, tree.level(code), withParent.pearson(), withParent.spearman(),
                withParent.n(), withIndex.pearson(), withIndex.spearman(), withIndex.n());
    }

    /** An undefined correlation raises no flag: the data cannot tell, and the NaN is visible in the table. */
    private static List<CoherenceFlag> childFlags(String aggregate, List<String> children,
            List<CorrelationRow> correlations, double weakThreshold) {
        List<CoherenceFlag> flags = new ArrayList<>();
        for (CorrelationRow row : correlations) {
            if (!children.contains(row.code())) {
                continue;
            }
            double r = row.pearsonParent();
            if (r < 0) {
                flags.add(new CoherenceFlag(row.code(), "", aggregate, CoherenceFlag.Kind.NEGATIVE, r));
            } else if (r < weakThreshold) {
                flags.add(new CoherenceFlag(row.code(), "", aggregate, CoherenceFlag.Kind.WEAK, r));
            }
        }
        return flags;
    }

    private static List<CoherenceFlag> pairFlags(String aggregate, List<String> children, List<double[]> columns) {
        List<CoherenceFlag> flags = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            for (int j = i + 1; j < children.size(); j++) {
                double r = PairwiseCorrelation.pearson(columns.get(i), columns.get(j));
                if (r < 0) {
                    flags.add(new CoherenceFlag(children.get(i), children.get(j), aggregate,
                            CoherenceFlag.Kind.NEGATIVE_PAIR, r));
                }
            }
        }
        return flags;
    }
}
