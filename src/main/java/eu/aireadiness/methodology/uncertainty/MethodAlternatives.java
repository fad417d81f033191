package eu.aireadiness.methodology.uncertainty;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.aireadiness.methodology.engine.AggregateSpec;
import eu.aireadiness.methodology.engine.MethodSpec;
import eu.aireadiness.methodology.engine.NormaliseSpec;
import eu.aireadiness.methodology.engine.TreatSpec;

/**
 * The alternatives of the steps an uncertainty analysis varies, as engine specifications: a step the analysis does
 * not vary has one alternative, the nominal method's. A winsorisation cap keeps the nominal thresholds and fallback.
 */
record MethodAlternatives(List<TreatSpec> treatments, List<NormaliseSpec> normalisations,
        List<AggregateSpec> aggregations, boolean normalisationsVaried) {

    static MethodAlternatives of(MethodSpec nominal, UncertaintySpec spec) {
        TreatSpec treat = nominal.treat();
        List<TreatSpec> treatments = spec.winmax().isEmpty() ? List.of(treat)
                : spec.winmax().stream().map(cap -> new TreatSpec(TreatSpec.Method.WINSORISE, cap,
                        treat.skewThreshold(), treat.kurtThreshold(), treat.logFallback())).toList();
        List<NormaliseSpec> normalisations = spec.normalisations().isEmpty() ? List.of(nominal.normalise())
                : spec.normalisations();
        List<AggregateSpec> aggregations = spec.means().isEmpty() ? List.of(nominal.aggregate())
                : spec.means().stream().map(mean -> new AggregateSpec(mean, Map.of())).toList();
        return new MethodAlternatives(treatments, normalisations, aggregations, !spec.normalisations().isEmpty());
    }

    int scenarios() {
        return treatments.size() * normalisations.size() * aggregations.size();
    }

    /** The position of a (treatment, normalisation, aggregation) combination among {@link #scenarios()}. */
    int scenario(int treatment, int normalisation, int aggregation) {
        return (treatment * normalisations.size() + normalisation) * aggregations.size() + aggregation;
    }

    /** The key of the method file that chose normalisation {@code n}, for messages. */
    String normalisationKey(int n) {
        return normalisationsVaried ? "uncertainty.normalise[" + (n + 1) + "]" : "normalise";
    }

    /** Whether some level of aggregation {@code a} takes a mean that needs every score above zero. */
    boolean needsPositiveScores(int a, int topLevel) {
        for (int level = 2; level <= topLevel; level++) {
            if (aggregations.get(a).at(level) != AggregateSpec.Mean.ARITHMETIC) {
                return true;
            }
        }
        return false;
    }

    static String describe(NormaliseSpec n) {
        String method = n.method().name().toLowerCase(Locale.ROOT);
        return switch (n.method()) {
            case MINMAX, GOALPOSTS -> method + " to [" + n.lower() + ", " + n.upper() + "]";
            case ZSCORE -> method + " with mean " + n.mean() + " and sd " + n.sd();
            case RANK, PERCENTILE_RANK -> method;
        };
    }
}
