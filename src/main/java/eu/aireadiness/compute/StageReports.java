package eu.aireadiness.compute;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.aireadiness.methodology.engine.ColumnTreatment;
import eu.aireadiness.methodology.engine.Impute;
import eu.aireadiness.methodology.engine.Screen;
import eu.aireadiness.methodology.engine.Shape;
import eu.aireadiness.methodology.engine.Treat;

/** Writes what the steps report: filled cells, screening of units and indicators, the treatment and its cells. */
final class StageReports {

    private StageReports() {
    }

    static void writeImputedCells(Path file, List<Impute.ImputedCell> cells, OutputOrder order) {
        List<Impute.ImputedCell> sorted = new ArrayList<>(cells);
        sorted.sort((a, b) -> order.compareCells(a.code(), a.unit(), b.code(), b.unit()));
        CsvOut.write(file, List.of("uCode", "iCode", "group", "imputed_value"), printer -> {
            for (Impute.ImputedCell cell : sorted) {
                printer.printRecord(cell.unit(), cell.code(), cell.group(), CsvOut.number(cell.value()));
            }
        });
    }

    static void writeScreening(Path file, List<Screen.UnitScreening> units) {
        List<Screen.UnitScreening> sorted = new ArrayList<>(units);
        sorted.sort((a, b) -> a.unit().compareTo(b.unit()));
        CsvOut.write(file, List.of("uCode", "N_missing", "N_zero", "Dat_Avail", "Non_Zero", "Included"), printer -> {
            CsvOut.Line line = new CsvOut.Line(printer);
            for (Screen.UnitScreening s : sorted) {
                line.text(s.unit()).unquoted(String.valueOf(s.missing())).unquoted(String.valueOf(s.zeros()))
                        .unquoted(CsvOut.number(s.availability())).unquoted(CsvOut.number(s.nonZero()))
                        .unquoted(CsvOut.bool(s.included())).end();
            }
        });
    }

    static void writeIndicatorScreening(Path file, List<Screen.IndicatorScreening> indicators) {
        CsvOut.write(file, List.of("iCode", "N_missing", "Dat_Avail", "Included"), printer -> {
            for (Screen.IndicatorScreening s : indicators) {
                printer.printRecord(s.code(), s.missing(), CsvOut.number(s.availability()), CsvOut.bool(s.included()));
            }
        });
    }

    static void writeTreatmentSummary(Path file, List<ColumnTreatment> summary) {
        CsvOut.write(file, List.of("iCode", "skew_before", "kurt_before", "pass_before", "n_winsorised",
                "skew_after_win", "kurt_after_win", "pass_after_win", "skew_after_log", "kurt_after_log",
                "pass_after_log", "log_applied", "final_treatment", "skew_final", "kurt_final"), printer -> {
                    for (ColumnTreatment t : summary) {
                        List<String> row = new ArrayList<>(List.of(t.code()));
                        row.addAll(shape(Optional.of(t.before())));
                        row.add(t.winsorised().isPresent() ? String.valueOf(t.winsorised().getAsInt()) : "");
                        row.addAll(shape(t.afterWinsorising()));
                        row.addAll(shape(t.afterLog()));
                        row.add(CsvOut.bool(t.logApplied()));
                        row.add(t.result().label());
                        row.add(CsvOut.number(t.shapeFinal().skew()));
                        row.add(CsvOut.number(t.shapeFinal().kurt()));
                        printer.printRecord(row);
                    }
                });
    }

    /** Skew, kurtosis and the test; all empty when absent, the test empty when the statistics are undefined. */
    private static List<String> shape(Optional<Shape> shape) {
        if (shape.isEmpty()) {
            return List.of("", "", "");
        }
        Shape s = shape.get();
        String test = s.defined() ? CsvOut.bool(s.acceptable()) : "";
        return List.of(CsvOut.number(s.skew()), CsvOut.number(s.kurt()), test);
    }

    static void writeTreatedCells(Path file, List<Treat.TreatedCell> cells, OutputOrder order) {
        List<Treat.TreatedCell> sorted = new ArrayList<>(cells);
        sorted.sort((a, b) -> order.compareCells(a.code(), a.unit(), b.code(), b.unit()));
        CsvOut.write(file, List.of("uCode", "iCode", "before", "after", "how"), printer -> {
            CsvOut.Line line = new CsvOut.Line(printer);
            for (Treat.TreatedCell cell : sorted) {
                line.text(cell.unit()).text(cell.code()).unquoted(CsvOut.number(cell.before()))
                        .unquoted(CsvOut.number(cell.after())).text(cell.how().label()).end();
            }
        });
    }
}
