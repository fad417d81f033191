package eu.aireadiness.compute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import eu.aireadiness.methodology.engine.CompositeIndex;
import eu.aireadiness.methodology.engine.IndexData;
import eu.aireadiness.methodology.engine.IndexResults;
import eu.aireadiness.methodology.engine.InvalidMethodException;
import eu.aireadiness.methodology.engine.MethodSpec;

/**
 * The {@code compute} command: reads COINr-layout meta and data and a method file, builds the index once, and
 * writes one CSV per stage into the output folder. The method is checked against the data before any computation.
 */
public final class ComputeCommand {

    /** What a run did: the output folder, and the warnings of the steps (one line each). */
    public record Outcome(Path out, int units, int unitsKept, List<String> warnings) {
    }

    private ComputeCommand() {
    }

    public static Outcome run(Path metaFile, Path dataFile, Path methodFile, Path out) {
        MetaFile meta = MetaFile.read(metaFile);
        IndexData data = DataFile.read(dataFile, meta);
        MethodSpec method = MethodFile.read(methodFile);
        try {
            method.checkAgainst(meta.structure(), data);
        } catch (InvalidMethodException e) {
            throw MethodFile.refusal(methodFile, e);
        }
        IndexResults results = CompositeIndex.build(data, meta.structure(), method);
        write(out, results, meta, data);
        return new Outcome(out, data.units().size(), results.screened().table().units().size(),
                results.treated().warnings());
    }

    static void write(Path out, IndexResults r, MetaFile meta, IndexData data) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder " + out + ": " + e.getMessage(), e);
        }
        OutputOrder order = new OutputOrder(meta.structure());
        List<String> indicators = meta.indicatorCodes();
        StageTables.writeWide(out.resolve("raw.csv"), data.indicators(), indicators);
        StageTables.writeWide(out.resolve("denominated.csv"), r.denominated(), indicators);
        StageTables.writeWide(out.resolve("imputed.csv"), r.imputed().table(), indicators);
        StageReports.writeImputedCells(out.resolve("imputed_cells.csv"), r.imputed().cells(), order);
        StageReports.writeScreening(out.resolve("screening.csv"), r.screened().units());
        StageReports.writeIndicatorScreening(out.resolve("screening_indicators.csv"), r.screened().indicators());
        List<String> kept = r.screened().table().codes();
        StageTables.writeWide(out.resolve("screened.csv"), r.screened().table(), kept);
        StageReports.writeTreatmentSummary(out.resolve("treatment_summary.csv"), r.treated().summary());
        StageTables.writeWide(out.resolve("treated.csv"), r.treated().table(), kept);
        StageReports.writeTreatedCells(out.resolve("treated_cells.csv"), r.treated().cells(), order);
        StageTables.writeWide(out.resolve("normalised.csv"), r.normalised(), kept);
        List<String> scoreCodes = order.scoreOrder(r.aggregated().codes());
        StageTables.writeWide(out.resolve("aggregated.csv"), r.aggregated(), scoreCodes);
        StageTables.writeRanks(out.resolve("ranks.csv"), r.ranks(), scoreCodes);
        StageTables.writeScoresLong(out.resolve("scores_long.csv"), r, meta.structure(), scoreCodes);
        if (!meta.structure().aggregates().isEmpty()) {
            StageTables.writeIndex(out.resolve("results_index.csv"), r, meta.structure(), data);
        }
    }
}
