package eu.aireadiness.publication.text;

import java.util.List;
import java.util.stream.Stream;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Direction;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.methodology.engine.MethodSpec;
import eu.aireadiness.methodology.engine.NormaliseSpec;

/**
 * The framework as the method applied it: a weight, goalpost or scale factor set in the method file replaces the
 * codebook's, so the annex prints what computed the scores rather than what the codebook proposed.
 */
public final class MethodFramework {

    private final Codebook codebook;
    private final MethodSpec method;

    public MethodFramework(Codebook codebook, MethodSpec method) {
        this.codebook = codebook;
        this.method = method;
    }

    public double weight(Indicator indicator) {
        return method.weights().getOrDefault(indicator.code(), indicator.weight());
    }

    public double weight(Pillar pillar) {
        return method.weights().getOrDefault(pillar.code(), pillar.weight());
    }

    /** The indicator's share of its pillar's weights; NaN when all of them are zero. */
    public double shareOfPillar(Indicator indicator) {
        double total = codebook.indicatorsOf(indicator.pillar()).stream().mapToDouble(this::weight).sum();
        return total > 0 ? weight(indicator) / total : Double.NaN;
    }

    /** The pillar's share of the index's weights; NaN when all of them are zero. */
    public double shareOfIndex(Pillar pillar) {
        double total = codebook.pillars().stream().mapToDouble(this::weight).sum();
        return total > 0 ? weight(pillar) / total : Double.NaN;
    }

    /** The value scored 0: the low goalpost when higher is better, the high one when lower is better. */
    public double floor(Indicator indicator) {
        NormaliseSpec.Goalposts posts = goalposts(indicator);
        return indicator.direction() == Direction.POSITIVE ? posts.lower() : posts.upper();
    }

    /** The value scored 100 (the top of the range). */
    public double target(Indicator indicator) {
        NormaliseSpec.Goalposts posts = goalposts(indicator);
        return indicator.direction() == Direction.POSITIVE ? posts.upper() : posts.lower();
    }

    private NormaliseSpec.Goalposts goalposts(Indicator indicator) {
        NormaliseSpec.Goalposts set = method.normalise().goalposts().get(indicator.code());
        return set != null ? set
                : new NormaliseSpec.Goalposts(indicator.goalposts().low(), indicator.goalposts().high());
    }

    /** The factor the quotient (or, without a denominator, the submitted value) is multiplied by. */
    public double scale(Indicator indicator) {
        return method.denominate().scale().getOrDefault(indicator.code(), indicator.scale());
    }

    /** Whether the scores are made from goalposts, so that the table shows them. */
    public boolean usesGoalposts() {
        return method.normalise().method() == NormaliseSpec.Method.GOALPOSTS;
    }

    /** The codes whose weights the method file sets, in codebook order. */
    List<String> weightsSetByMethod() {
        return codes().stream().filter(method.weights()::containsKey).toList();
    }

    /** The indicators whose goalposts the method file sets, in codebook order. */
    List<String> goalpostsSetByMethod() {
        return codebook.indicators().stream().map(Indicator::code)
                .filter(method.normalise().goalposts()::containsKey).toList();
    }

    private List<String> codes() {
        return Stream.concat(codebook.pillars().stream().map(Pillar::code),
                codebook.indicators().stream().map(Indicator::code)).toList();
    }
}
