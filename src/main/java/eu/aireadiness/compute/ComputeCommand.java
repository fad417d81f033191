package eu.aireadiness.compute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import eu.aireadiness.methodology.IndicatorTable;
import eu.aireadiness.methodology.engine.CompositeIndex;
import eu.aireadiness.methodology.engine.IndexData;
import eu.aireadiness.methodology.engine.IndexResults;
import eu.aireadiness.methodology.engine.IndexStructure;
import eu.aireadiness.methodology.engine.InvalidMethodException;
import eu.aireadiness.methodology.engine.MethodSpec;
import eu.aireadiness.methodology.uncertainty.IndexAssumptions;

/**
 * The {@code compute} command: reads COINr-layout meta and data and a method file, builds the index once, and
 * writes one CSV per stage into the output folder, the coherence tables, and the uncertainty and sensitivity
 * analyses when the method file has an {@code uncertainty} section. The method, and the alternatives the analysis
 * will try, are checked against the data before any file is written.
 */
public final class ComputeCommand {

    /**
     * What a run did: the output folder, the units of the data and those that got no index score (screened out,
     * or without a value to aggregate), and the warnings of the steps (one line each).
     */
    public record Outcome(Path out, int units, List<String> unscored, List<String> warnings) {

        public int unitsScored() {
            return units - unscored.size();
        }

        /** The console's line: units counted by whether they got a score, not by whether they were kept. */
        public String summary() {
            String missing = unscored.isEmpty() ? "" : "; no score for " + String.join(", ",
                    unscored.subList(0, Math.min(10, unscored.size())))
                    + (unscored.size() > 10 ? " and " + (unscored.size() - 10) + " more" : "")
                    + " (screened out or without values: see screening.csv and results_index.csv)";
            return "Index computed for " + unitsScored() + " of " + units + " units" + missing
                    + "; stages written to " + out.toAbsolutePath().normalize();
        }
    }

    /** The inputs of a run, read and checked against each other. */
    public record Inputs(IndexStructure structure, IndexData data, MethodDocument method) {
    }

    private ComputeCommand() {
    }

    public static Outcome run(Path metaFile, Path dataFile, Path methodFile, Path out) {
        try (ComputeProgress silent = ComputeProgress.silent()) {
            return run(metaFile, dataFile, methodFile, out, silent);
        }
    }

    /** As {@link #run(Path, Path, Path, Path)}, telling {@code progress} each stage and how far it got. */
    public static Outcome run(Path metaFile, Path dataFile, Path methodFile, Path out, ComputeProgress progress) {
        progress.begin("reading the inputs");
        MetaFile meta = MetaFile.read(metaFile);
        Inputs inputs = read(meta, dataFile, methodFile);
        progress.end("read " + inputs.data().units().size() + " units, " + meta.indicatorCodes().size()
                + " indicators");
        progress.begin("building the index");
        MethodSpec method = inputs.method().method();
        IndexResults results = refusingAsMethodFile(methodFile,
                () -> CompositeIndex.build(inputs.data(), inputs.structure(), method));
        Outcome outcome = new Outcome(out, inputs.data().units().size(), unscored(results, inputs),
                results.treated().warnings());
        progress.end("index built, " + outcome.unitsScored() + " of " + outcome.units() + " units scored");
        // Prepared before any file is written, so that an alternative the analysis cannot run is refused first.
        Optional<IndexAssumptions> assumptions = inputs.method().uncertainty().map(spec -> {
            progress.begin("preparing the uncertainty analysis");
            IndexAssumptions prepared = refusingAsMethodFile(methodFile, () -> IndexAssumptions.prepare(results,
                    inputs.structure(), method, spec));
            progress.end("uncertainty analysis prepared, every stage that does not vary computed once");
            return prepared;
        });
        progress.begin("writing the stages");
        write(out, results, meta, inputs.data(),
                List.of(() -> AnalysisFiles.writeCoherence(out, results.aggregated(), inputs.structure())));
        progress.end("stages and coherence tables written");
        assumptions.ifPresent(a -> AnalysisFiles.writeUncertainty(out, a, inputs.method().uncertainty().get(),
                progress));
        return outcome;
    }

    /** The data's units, in their order, that have no score of the index. */
    private static List<String> unscored(IndexResults results, Inputs inputs) {
        IndexStructure structure = inputs.structure();
        String top = structure.aggregatesOfLevel(structure.topLevel()).get(0).code();
        IndicatorTable scores = results.aggregated();
        int c = scores.codePosition(top);
        Set<String> scored = new HashSet<>();
        for (int u = 0; u < scores.units().size(); u++) {
            if (!Double.isNaN(scores.get(u, c))) {
                scored.add(scores.units().get(u));
            }
        }
        return inputs.data().units().stream().filter(unit -> !scored.contains(unit)).toList();
    }

    /** Reads the three input files and checks the method against the data, as {@code compute} does. */
    public static Inputs read(Path metaFile, Path dataFile, Path methodFile) {
        return read(MetaFile.read(metaFile), dataFile, methodFile);
    }

    private static Inputs read(MetaFile meta, Path dataFile, Path methodFile) {
        MethodDocument read = MethodFile.readDocument(methodFile);
        MethodDocument document = new MethodDocument(meta.withScales(read.method()), read.uncertainty());
        IndexData data = DataFile.read(dataFile, meta, document.method().denominate());
        refusingAsMethodFile(methodFile, () -> {
            document.method().checkAgainst(meta.structure(), data);
            return document;
        });
        return new Inputs(meta.structure(), data, document);
    }

    private static <T> T refusingAsMethodFile(Path methodFile, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidMethodException e) {
            throw MethodFile.refusal(methodFile, e);
        }
    }

    /** @param alsoWrite more files written along with the stages (the coherence tables) */
    static void write(Path out, IndexResults r, MetaFile meta, IndexData data, List<ParallelWrites.Task> alsoWrite) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder " + out + ": " + e.getMessage(), e);
        }
        OutputOrder order = new OutputOrder(meta.structure());
        List<String> indicators = meta.indicatorCodes();
        List<String> kept = r.screened().table().codes();
        List<String> scoreCodes = order.scoreOrder(r.aggregated().codes());
        List<ParallelWrites.Task> files = new ArrayList<>(List.of(
                () -> StageTables.writeWide(out.resolve("raw.csv"), data.indicators(), indicators),
                () -> StageTables.writeWide(out.resolve("denominated.csv"), r.denominated(), indicators),
                () -> StageTables.writeWide(out.resolve("imputed.csv"), r.imputed().table(), indicators),
                () -> StageReports.writeImputedCells(out.resolve("imputed_cells.csv"), r.imputed().cells(), order),
                () -> StageReports.writeScreening(out.resolve("screening.csv"), r.screened().units()),
                () -> StageReports.writeIndicatorScreening(out.resolve("screening_indicators.csv"),
                        r.screened().indicators()),
                () -> StageTables.writeWide(out.resolve("screened.csv"), r.screened().table(), kept),
                () -> StageReports.writeTreatmentSummary(out.resolve("treatment_summary.csv"), r.treated().summary()),
                () -> StageTables.writeWide(out.resolve("treated.csv"), r.treated().table(), kept),
                () -> StageReports.writeTreatedCells(out.resolve("treated_cells.csv"), r.treated().cells(), order),
                () -> StageTables.writeWide(out.resolve("normalised.csv"), r.normalised(), kept),
                () -> StageTables.writeWide(out.resolve("aggregated.csv"), r.aggregated(), scoreCodes),
                () -> StageTables.writeRanks(out.resolve("ranks.csv"), r.ranks(), scoreCodes),
                () -> StageTables.writeScoresLong(out.resolve("scores_long.csv"), r, meta.structure(), scoreCodes)));
        if (!meta.structure().aggregates().isEmpty()) {
            files.add(() -> StageTables.writeIndex(out.resolve("results_index.csv"), r, meta.structure(), data));
        }
        files.addAll(alsoWrite);
        ParallelWrites.run(files, Runtime.getRuntime().availableProcessors());
    }
}
