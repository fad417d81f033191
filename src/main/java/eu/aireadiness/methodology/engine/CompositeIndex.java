package eu.aireadiness.methodology.engine;

/**
 * Builds the composite index: a pure function of the data, the structure and the method, cheap enough to be called
 * thousands of times (uncertainty analysis). The steps run in COINr's order for configuration A: denominate,
 * impute, screen, treat, normalise, aggregate, rank.
 */
public final class CompositeIndex {

    private CompositeIndex() {
    }

    /**
     * @throws InvalidMethodException when the method does not fit the structure or the data (before computing), or
     *                                when a geometric or harmonic mean meets a score of zero or below (naming the
     *                                unit, the code and the score)
     */
    public static IndexResults build(IndexData data, IndexStructure structure, MethodSpec method) {
        method.checkAgainst(structure, data);
        var denominated = Denominate.apply(data, structure, method.denominate());
        Impute.Result imputed = Impute.apply(denominated, data, method.impute());
        Screen.Result screened = Screen.apply(imputed.table(), method.screen());
        Treat.Result treated = Treat.apply(screened.table(), method.treat());
        var normalised = Normalise.apply(treated.table(), structure, method.normalise());
        var aggregated = Aggregate.apply(normalised, structure, method.aggregate(), method.weights());
        return new IndexResults(denominated, imputed, screened, treated, normalised, aggregated, Ranks.of(aggregated, method.rank()));
    }
}
