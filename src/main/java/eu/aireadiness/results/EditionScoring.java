package eu.aireadiness.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.aireadiness.dataset.EditionDataSet;
import eu.aireadiness.dataset.SubmittedValue;
import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.ReferenceData;
import eu.aireadiness.methodology.EditionInput;
import eu.aireadiness.methodology.EditionScores;
import eu.aireadiness.methodology.IndicatorTable;
import eu.aireadiness.methodology.ReadinessMethod;
import eu.aireadiness.publication.ValueOrigin;
import eu.aireadiness.results.ScoreRow.Basis;

/**
 * Turns the stored data sets of an edition and the two before it into result rows: the edition's own results,
 * and the previous edition recomputed with the same method (so that changes reflect the data, not the method).
 */
public final class EditionScoring {

    private final Codebook codebook;
    private final List<String> countries;
    private final ReferenceData reference;
    private final ReadinessMethod method;

    public EditionScoring(Codebook codebook, List<Country> countries, ReferenceData reference) {
        this.codebook = codebook;
        this.countries = countries.stream().map(Country::code).toList();
        this.reference = reference;
        this.method = new ReadinessMethod(codebook);
    }

    /**
     * @param edition        the edition's data set
     * @param previous       the previous edition's, which fills the edition's gaps and is itself recomputed
     * @param beforePrevious the one before, which fills the previous edition's gaps
     */
    public List<ScoreRow> score(EditionDataSet edition, EditionDataSet previous, EditionDataSet beforePrevious) {
        List<ScoreRow> rows = new ArrayList<>();
        rows.addAll(rows(edition.edition(), Basis.CURRENT, edition, previous));
        rows.addAll(rows(edition.edition(), Basis.PREVIOUS, previous, beforePrevious));
        return rows;
    }

    private List<ScoreRow> rows(int edition, Basis basis, EditionDataSet data, EditionDataSet earlier) {
        EditionScores scores = method.compute(input(data), Optional.of(input(earlier)));
        List<ScoreRow> rows = new ArrayList<>();
        for (String country : countries) {
            for (Indicator indicator : codebook.indicators()) {
                rows.add(indicatorRow(edition, basis, data, scores, country, indicator.code()));
            }
            for (String code : scores.aggregates().codes()) {
                int level = code.equals(codebook.indexCode()) ? 3 : 2;
                rows.add(new ScoreRow(edition, basis, country, code, level, Double.NaN, Double.NaN,
                        scores.aggregates().get(country, code), scores.rank(country, code), null, 0));
            }
        }
        return rows;
    }

    private ScoreRow indicatorRow(int edition, Basis basis, EditionDataSet data, EditionScores scores,
                                  String country, String code) {
        Optional<SubmittedValue> submitted = data.value(country, code);
        double value = scores.values().get(country, code);
        ValueOrigin origin;
        int dataYear;
        if (scores.isCarried(country, code)) {
            origin = ValueOrigin.CARRIED_FORWARD;
            dataYear = data.edition() - 1;
        } else if (Double.isNaN(value)) {
            origin = ValueOrigin.MISSING;
            dataYear = 0;
        } else {
            origin = switch (submitted.orElseThrow().status()) {
                case A -> ValueOrigin.REPORTED;
                case E -> ValueOrigin.ESTIMATED;
                case P -> ValueOrigin.PROVISIONAL;
                case M -> throw new IllegalStateException(country + " " + code + ": a missing value has a score");
            };
            dataYear = data.edition();
        }
        return new ScoreRow(edition, basis, country, code, 1,
                submitted.map(SubmittedValue::value).orElse(Double.NaN), value, scores.scores().get(country, code),
                scores.rank(country, code), origin, dataYear);
    }

    private EditionInput input(EditionDataSet data) {
        List<String> indicators = codebook.indicators().stream().map(Indicator::code).toList();
        double[][] submitted = new double[countries.size()][indicators.size()];
        List<String> series = codebook.denominators();
        double[][] denominators = new double[countries.size()][series.size()];
        for (int u = 0; u < countries.size(); u++) {
            String country = countries.get(u);
            for (int c = 0; c < indicators.size(); c++) {
                submitted[u][c] = data.value(country, indicators.get(c)).map(SubmittedValue::value).orElse(Double.NaN);
            }
            for (int s = 0; s < series.size(); s++) {
                denominators[u][s] = reference.find(country, data.edition(), series.get(s))
                        .map(v -> v.amount()).orElse(Double.NaN);
            }
        }
        return new EditionInput(data.edition(), new IndicatorTable(countries, indicators, submitted),
                new IndicatorTable(countries, series, denominators));
    }
}
