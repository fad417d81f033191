package eu.aireadiness.results;


/**
 * One stored result: an indicator's value and score, or an aggregate's score, of one country.
 *
 * @param basis     CURRENT for the edition's own results, PREVIOUS for the previous edition recomputed with this
 *                  edition's method
 * @param level     1 indicator, 2 pillar, 3 index
 * @param submitted the submitted value (indicators only; NaN otherwise or when missing)
 * @param value     the published value (indicators only)
 * @param treated   the published value after outlier treatment (indicators only; equal to {@code value} when the
 *                  method treats nothing)
 * @param rank      0 when the score is missing
 * @param origin    indicators only, null for aggregates
 * @param dataYear  the edition whose submission supplied the value, 0 for aggregates or missing values
 */
public record ScoreRow(int edition, Basis basis, String country, String code, int level, double submitted,
                       double value, double treated, double score, int rank, ValueOrigin origin, int dataYear) {

    public enum Basis {
        CURRENT,
        PREVIOUS
    }
}
