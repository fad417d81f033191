package eu.aireadiness.methodology.coherence;

import java.util.List;
import java.util.Objects;

/**
 * The coherence statistics of one composite index: a correlation row for every code below the index, the
 * consistency of every aggregate's children, and the audit flags. Lists are in the scores table's column order.
 */
public record CoherenceReport(String indexCode, double weakThreshold, List<CorrelationRow> correlations,
        List<AggregateCoherence> aggregates, List<CoherenceFlag> flags) {

    public CoherenceReport {
        Objects.requireNonNull(indexCode, "indexCode");
        correlations = List.copyOf(correlations);
        aggregates = List.copyOf(aggregates);
        flags = List.copyOf(flags);
    }

    public CorrelationRow correlation(String code) {
        return correlations.stream().filter(row -> row.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no correlation row for " + code
                        + "; the index and codes outside the tree have none"));
    }

    public AggregateCoherence aggregate(String code) {
        return aggregates.stream().filter(row -> row.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(code + " is not an aggregate of this index"));
    }

    public List<CoherenceFlag> flagsOf(String parent) {
        return flags.stream().filter(flag -> flag.parent().equals(parent)).toList();
    }
}
