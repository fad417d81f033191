package eu.aireadiness.compute;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import eu.aireadiness.methodology.IndicatorTable;
import eu.aireadiness.methodology.coherence.Coherence;
import eu.aireadiness.methodology.engine.IndexStructure;
import eu.aireadiness.methodology.uncertainty.IndexAssumptions;
import eu.aireadiness.methodology.uncertainty.RankShift;
import eu.aireadiness.methodology.uncertainty.SensitivityAnalysis;
import eu.aireadiness.methodology.uncertainty.SensitivityResult;
import eu.aireadiness.methodology.uncertainty.SensitivitySettings;
import eu.aireadiness.methodology.uncertainty.UncertaintyAnalysis;
import eu.aireadiness.methodology.uncertainty.UncertaintyResult;
import eu.aireadiness.methodology.uncertainty.UncertaintySettings;
import eu.aireadiness.methodology.uncertainty.UncertaintySpec;

/**
 * The statistical audit of a built index, written next to its stages: the coherence tables always, and the
 * uncertainty and sensitivity analyses of its assumptions when the method file asks for them. The analyses run on
 * every processor; their results do not depend on how many there are.
 */
final class AnalysisFiles {

    static final String UNCERTAINTY = "uncertainty_ranks.csv";
    static final String SENSITIVITY = "sensitivity_indices.csv";

    private AnalysisFiles() {
    }

    /** @param aggregated the normalised indicators the screening kept, followed by every aggregate */
    static void writeCoherence(Path out, IndicatorTable aggregated, IndexStructure structure) {
        if (structure.aggregates().isEmpty()) {
            return; // indicators alone have no parents to correlate with
        }
        Map<String, String> parentOf = new HashMap<>();
        Stream.concat(structure.indicators().stream(), structure.aggregates().stream())
                .filter(m -> aggregated.has(m.code())).forEach(m -> parentOf.put(m.code(), m.parent()));
        String index = structure.aggregatesOfLevel(structure.topLevel()).get(0).code();
        CoherenceCsvWriter.write(Coherence.analyse(aggregated, parentOf, index, Coherence.USUAL_WEAK_THRESHOLD), out);
    }

    static void writeUncertainty(Path out, IndexAssumptions assumptions, UncertaintySpec spec,
            ComputeProgress progress) {
        checkRankMemory(assumptions.units().size(), spec.replications(), Runtime.getRuntime().maxMemory());
        int threads = Runtime.getRuntime().availableProcessors();
        progress.begin("uncertainty analysis", spec.replications(), "replications");
        UncertaintyResult result = UncertaintyAnalysis.run(assumptions.factors(), assumptions.models(),
                assumptions.units(), assumptions.nominalRanks(),
                UncertaintySettings.of(spec.replications(), spec.seed()).withThreads(threads), progress.counter());
        List<UncertaintyResult.UnitRanks> rows = new ArrayList<>(result.units());
        // as results_index.csv: by nominal rank, ties by unit code
        rows.sort(Comparator.comparingInt(UncertaintyResult.UnitRanks::nominalRank)
                .thenComparing(UncertaintyResult.UnitRanks::unit));
        CsvOut.write(out.resolve(UNCERTAINTY), List.of("uCode", "nominal_rank", "median_rank", "q05_rank",
                "q95_rank", "mean_rank"), printer -> {
                    CsvOut.Line line = new CsvOut.Line(printer);
                    for (UncertaintyResult.UnitRanks r : rows) {
                        line.text(r.unit()).unquoted(String.valueOf(r.nominalRank()))
                                .unquoted(CsvOut.number(r.medianRank())).unquoted(CsvOut.number(r.lowerRank()))
                                .unquoted(CsvOut.number(r.upperRank())).unquoted(CsvOut.number(r.meanRank())).end();
                    }
                });
        progress.end("uncertainty analysis, " + spec.replications() + " replications of "
                + assumptions.units().size() + " units");
        spec.sensitivity().ifPresent(s -> writeSensitivity(out, assumptions, spec.seed(), s, threads, progress));
    }

    /**
     * Refuses, before minutes of replications, an analysis whose kept ranks alone would not fit in the heap: the
     * operator gets one line that says what to change instead of an out-of-memory error at the end.
     */
    static void checkRankMemory(int units, int replications, long maxHeapBytes) {
        long bytes = UncertaintyAnalysis.rankBytes(units, replications);
        if (bytes > maxHeapBytes) {
            throw new IllegalArgumentException("uncertainty.replications: " + replications + " replications of "
                    + units + " units keep " + bytes / (1 << 20) + " MB of ranks (4 bytes each), more than the "
                    + maxHeapBytes / (1 << 20) + " MB the Java heap may take; lower uncertainty.replications or give"
                    + " Java a larger heap (java -Xmx...)");
        }
    }

    private static void writeSensitivity(Path out, IndexAssumptions assumptions, long seed,
            UncertaintySpec.Sensitivity spec, int threads, ComputeProgress progress) {
        progress.begin("sensitivity analysis", spec.baseSamples(), "base samples");
        SensitivityResult result = SensitivityAnalysis.run(assumptions.factors(),
                RankShift.meanAbsoluteShift(assumptions.models(), assumptions.nominalRanks()),
                SensitivitySettings.of(spec.baseSamples(), seed).withThreads(threads)
                        .withBootstrap(spec.bootstrap(), 0.95), progress.counter());
        CsvOut.write(out.resolve(SENSITIVITY), List.of("factor", "first_order", "total", "first_order_low",
                "first_order_high", "total_low", "total_high"), printer -> {
                    for (SensitivityResult.FactorIndices f : result.factors()) {
                        printer.printRecord(f.factor(), CsvOut.number(f.firstOrder()), CsvOut.number(f.total()),
                                CsvOut.number(f.firstOrderInterval().lower()),
                                CsvOut.number(f.firstOrderInterval().upper()),
                                CsvOut.number(f.totalInterval().lower()), CsvOut.number(f.totalInterval().upper()));
                    }
                });
        progress.end("sensitivity analysis, " + spec.baseSamples() + " base samples, " + result.modelRuns()
                + " model runs, " + result.factors().size() + " factors");
    }
}
