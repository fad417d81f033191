package eu.aireadiness.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.aireadiness.dataset.EditionDataSet;
import eu.aireadiness.dataset.SubmittedValue;
import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.ReferenceData;
import eu.aireadiness.methodology.IndicatorTable;
import eu.aireadiness.methodology.engine.CompositeIndex;
import eu.aireadiness.methodology.engine.Denominate;
import eu.aireadiness.methodology.engine.Impute;
import eu.aireadiness.methodology.engine.IndexData;
import eu.aireadiness.methodology.engine.IndexResults;
import eu.aireadiness.methodology.engine.IndexStructure;
import eu.aireadiness.methodology.engine.MethodSpec;
import eu.aireadiness.methodology.uncertainty.IndexAssumptions;
import eu.aireadiness.methodology.uncertainty.UncertaintyAnalysis;
import eu.aireadiness.methodology.uncertainty.UncertaintyResult;
import eu.aireadiness.methodology.uncertainty.UncertaintySettings;
import eu.aireadiness.methodology.uncertainty.UncertaintySpec;
import eu.aireadiness.results.ScoreRow.Basis;

/**
 * Runs the index's method on the stored data sets of an edition and the two before it, and turns the results into
 * rows: the edition's own results, and the previous edition recomputed with the same method (so that changes
 * reflect the data, not the method). Gaps are filled from the edition before, in published units.
 */
public final class EditionScoring {

    private final Codebook codebook;
    private final List<String> countries;
    private final List<String> names;
    private final ReferenceData reference;
    private final IndexStructure structure;
    private final MethodSpec method;
    private final Optional<UncertaintySpec> uncertainty;

    public EditionScoring(Codebook codebook, List<Country> countries, ReferenceData reference, MethodSpec method) {
        this(codebook, countries, reference, method, Optional.empty());
    }

    /** @param uncertainty the analysis that gives each country's rank interval, if the method file has one */
    public EditionScoring(Codebook codebook, List<Country> countries, ReferenceData reference, MethodSpec method,
                          Optional<UncertaintySpec> uncertainty) {
        this.codebook = codebook;
        this.countries = countries.stream().map(Country::code).toList();
        this.names = countries.stream().map(Country::englishName).toList();
        this.reference = reference;
        this.structure = CodebookStructure.of(codebook);
        this.method = CodebookStructure.withScales(method, codebook);
        this.uncertainty = uncertainty;
    }

    /**
     * @param edition        the edition's data set
     * @param previous       the previous edition's, which fills the edition's gaps and is itself recomputed
     * @param beforePrevious the one before, which fills the previous edition's gaps
     */
    public EditionResults score(EditionDataSet edition, EditionDataSet previous, EditionDataSet beforePrevious) {
        List<ScoreRow> rows = new ArrayList<>();
        IndexData current = indexData(edition, previous);
        rows.addAll(rows(edition.edition(), Basis.CURRENT, edition, CompositeIndex.build(current, structure, method)));
        rows.addAll(rows(edition.edition(), Basis.PREVIOUS, previous,
                CompositeIndex.build(indexData(previous, beforePrevious), structure, method)));
        return new EditionResults(rows, uncertainty.map(spec -> rankIntervals(edition.edition(), current, spec))
                .orElse(List.of()));
    }

    /** The data with the earlier edition's values, in published units, to fill its gaps. */
    private IndexData indexData(EditionDataSet data, EditionDataSet earlier) {
        IndicatorTable earlierValues = Denominate.apply(data(earlier, Optional.empty()), structure,
                method.denominate());
        return data(data, Optional.of(earlierValues));
    }

    private List<RankIntervalRow> rankIntervals(int edition, IndexData data, UncertaintySpec spec) {
        IndexAssumptions assumptions = IndexAssumptions.prepare(data, structure, method, spec);
        UncertaintyResult result = UncertaintyAnalysis.run(assumptions.factors(), assumptions.models(),
                assumptions.units(), assumptions.nominalRanks(), UncertaintySettings.of(spec.replications(),
                        spec.seed()).withThreads(Runtime.getRuntime().availableProcessors()));
        return result.units().stream().map(u -> new RankIntervalRow(edition, u.unit(), assumptions.indexCode(),
                u.nominalRank(), u.medianRank(), u.lowerRank(), u.upperRank(), result.replications())).toList();
    }

    private List<ScoreRow> rows(int edition, Basis basis, EditionDataSet data, IndexResults results) {
        Set<String> carried = new HashSet<>();
        for (Impute.ImputedCell cell : results.imputed().cells()) {
            carried.add(cell.unit() + '|' + cell.code());
        }
        List<ScoreRow> rows = new ArrayList<>();
        for (String country : countries) {
            for (Indicator indicator : codebook.indicators()) {
                rows.add(indicatorRow(edition, basis, data, results, carried, country, indicator.code()));
            }
            for (String code : aggregateCodes()) {
                int level = code.equals(codebook.indexCode()) ? 3 : 2;
                rows.add(new ScoreRow(edition, basis, country, code, level, Double.NaN, Double.NaN, Double.NaN,
                        results.aggregated().get(country, code), results.ranks().rank(country, code), null, 0));
            }
        }
        return rows;
    }

    private List<String> aggregateCodes() {
        List<String> codes = new ArrayList<>(codebook.pillars().stream().map(p -> p.code()).toList());
        codes.add(codebook.indexCode());
        return codes;
    }

    private ScoreRow indicatorRow(int edition, Basis basis, EditionDataSet data, IndexResults results,
                                  Set<String> carried, String country, String code) {
        Optional<SubmittedValue> submitted = data.value(country, code);
        double value = results.imputed().table().get(country, code);
        ValueOrigin origin;
        int dataYear;
        if (carried.contains(country + '|' + code)) {
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
        IndicatorTable treated = results.treated().table();
        double treatedValue = treated.has(code) && treated.units().contains(country) ? treated.get(country, code)
                : Double.NaN;
        return new ScoreRow(edition, basis, country, code, 1,
                submitted.map(SubmittedValue::value).orElse(Double.NaN), value, treatedValue,
                results.aggregated().get(country, code), results.ranks().rank(country, code), origin, dataYear);
    }

    /** The engine's view of a data set: countries by indicators as submitted, and their denominators. */
    private IndexData data(EditionDataSet data, Optional<IndicatorTable> previous) {
        List<String> indicators = structure.indicatorCodes();
        List<String> series = codebook.denominators();
        double[][] submitted = new double[countries.size()][indicators.size()];
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
        return new IndexData(countries, names, Map.of(), new IndicatorTable(countries, indicators, submitted),
                new IndicatorTable(countries, series, denominators), previous);
    }
}
