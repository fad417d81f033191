package eu.aireadiness.compute;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.aireadiness.methodology.CompetitionRanking;
import eu.aireadiness.methodology.IndicatorTable;
import eu.aireadiness.methodology.engine.CodeMeta;
import eu.aireadiness.methodology.engine.IndexData;
import eu.aireadiness.methodology.engine.IndexResults;
import eu.aireadiness.methodology.engine.IndexStructure;
import eu.aireadiness.methodology.engine.Ranks;

/** Writes the score tables of a build: the wide table of each stage, the ranks, the long scores, the index. */
final class StageTables {

    private StageTables() {
    }

    /** A units-by-codes table, rows by unit code, columns in the given order. */
    static void writeWide(Path file, IndicatorTable table, List<String> codes) {
        List<String> header = new ArrayList<>(List.of("uCode"));
        header.addAll(codes);
        int[] columns = codes.stream().mapToInt(table::codePosition).toArray();
        CsvOut.write(file, header, printer -> {
            CsvOut.Line line = new CsvOut.Line(printer);
            for (int u : OutputOrder.byUnitCode(table.units())) {
                line.text(table.units().get(u));
                for (int c : columns) {
                    line.unquoted(CsvOut.number(table.get(u, c)));
                }
                line.end();
            }
        });
    }

    static void writeRanks(Path file, Ranks ranks, List<String> codes) {
        List<String> header = new ArrayList<>(List.of("uCode"));
        header.addAll(codes);
        int[] columns = codes.stream().mapToInt(ranks.codes()::indexOf).toArray();
        CsvOut.write(file, header, printer -> {
            CsvOut.Line line = new CsvOut.Line(printer);
            for (int u : OutputOrder.byUnitCode(ranks.units())) {
                line.text(ranks.units().get(u));
                for (int c : columns) {
                    line.unquoted(rankText(ranks.byCode()[c][u]));
                }
                line.end();
            }
        });
    }

    static void writeScoresLong(Path file, IndexResults results, IndexStructure structure, List<String> codes) {
        IndicatorTable scores = results.aggregated();
        CsvOut.write(file, List.of("uCode", "iCode", "Level", "score", "rank"), printer -> {
            int[] units = OutputOrder.byUnitCode(scores.units());
            CsvOut.Line line = new CsvOut.Line(printer);
            for (String code : codes) {
                int c = scores.codePosition(code);
                int[] ranks = results.ranks().byCode()[results.ranks().codes().indexOf(code)];
                String level = String.valueOf(levelOf(structure, code));
                for (int u : units) {
                    line.text(scores.units().get(u)).text(code).unquoted(level)
                            .unquoted(CsvOut.number(scores.get(u, c))).unquoted(rankText(ranks[u])).end();
                }
            }
        });
    }

    /** The top aggregate's scores, best first (ties by unit code, unranked last). */
    static void writeIndex(Path file, IndexResults results, IndexStructure structure, IndexData data) {
        String top = structure.aggregatesOfLevel(structure.topLevel()).get(0).code();
        IndicatorTable scores = results.aggregated();
        int c = scores.codePosition(top);
        int[] ranks = results.ranks().byCode()[results.ranks().codes().indexOf(top)];
        List<Integer> order = new ArrayList<>();
        for (int u : OutputOrder.byUnitCode(scores.units())) {
            order.add(u);
        }
        order.sort(Comparator.comparingInt(u -> ranks[u] == CompetitionRanking.NO_RANK ? Integer.MAX_VALUE
                : ranks[u]));
        Map<String, String> names = new HashMap<>(data.units().size() * 4 / 3 + 1); // one lookup per unit
        for (int u = 0; u < data.units().size(); u++) {
            names.put(data.units().get(u), data.names().get(u));
        }
        CsvOut.write(file, List.of("uCode", "uName", "score", "rank"), printer -> {
            CsvOut.Line line = new CsvOut.Line(printer);
            for (int u : order) {
                String unit = scores.units().get(u);
                line.text(unit).text(names.get(unit)).unquoted(CsvOut.number(scores.get(u, c)))
                        .unquoted(rankText(ranks[u])).end();
            }
        });
    }

    private static int levelOf(IndexStructure structure, String code) {
        return structure.aggregates().stream().filter(a -> a.code().equals(code)).mapToInt(CodeMeta::level)
                .findFirst().orElse(1);
    }

    private static String rankText(int rank) {
        return rank == CompetitionRanking.NO_RANK ? "" : String.valueOf(rank);
    }
}
