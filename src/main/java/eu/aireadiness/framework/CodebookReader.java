package eu.aireadiness.framework;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads the codebook: one row per code, level 3 for the index, 2 for pillars, 1 for indicators (the layout of
 * COINr's iMeta, with the columns our intake and publication need).
 *
 * <p>Optional columns: {@code decimals}, the decimals the publications print an indicator's values with (when absent
 * or empty, {@link Indicator#defaultDecimals}); {@code target_source_<language>} and {@code definition_<language>},
 * the texts in another language ({@link TranslatedText}: English where absent).
 */
public final class CodebookReader {

    static final Set<String> COLUMNS = Set.of("code", "name", "level", "parent", "direction", "weight",
            "submission_unit", "denominator", "scale", "unit", "plausible_min", "plausible_max", "goal_floor",
            "goal_target", "target_2030", "target_source", "definition");

    private CodebookReader() {
    }

    public static Codebook read(Path file) {
        List<CsvTables.Row> rows = CsvTables.read(file, COLUMNS, row -> row);
        String indexCode = null;
        String indexName = null;
        List<Pillar> pillars = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        for (CsvTables.Row row : rows) {
            try {
                switch (row.required("level")) {
                    case "3" -> {
                        if (indexCode != null) {
                            throw row.problem("a second level-3 row: the codebook has exactly one index");
                        }
                        indexCode = row.required("code");
                        indexName = row.required("name");
                    }
                    case "2" -> pillars.add(new Pillar(row.required("code"), row.required("name"),
                            row.number("weight"), row.text("definition"), row.translated("definition")));
                    case "1" -> indicators.add(indicator(row));
                    default -> throw row.problem("column 'level': expected 1 (indicator), 2 (pillar) or 3 (index), found '"
                            + row.text("level") + "'");
                }
            } catch (IllegalArgumentException e) {
                throw row.problem(e.getMessage());
            }
        }
        if (indexCode == null) {
            throw new InputFileException(file, 0, "no level-3 row: the codebook must name the index");
        }
        for (CsvTables.Row row : rows) {
            if (row.text("level").equals("2") && !row.text("parent").equals(indexCode)) {
                throw row.problem("pillar " + row.text("code") + " has parent '" + row.text("parent")
                        + "'; pillars belong to the index " + indexCode);
            }
        }
        try {
            return new Codebook(indexCode, indexName, pillars, indicators);
        } catch (IllegalArgumentException e) {
            throw new InputFileException(file, 0, e.getMessage());
        }
    }

    private static Indicator indicator(CsvTables.Row row) {
        String denominator = row.text("denominator");
        String target = row.text("target_2030");
        String targetSource = row.text("target_source");
        Range goalposts = new Range(Math.min(row.number("goal_floor"), row.number("goal_target")),
                Math.max(row.number("goal_floor"), row.number("goal_target")));
        String submissionUnit = row.required("submission_unit");
        int decimals = row.text("decimals").isEmpty() ? Indicator.defaultDecimals(submissionUnit, goalposts)
                : row.integer("decimals");
        return new Indicator(
                row.required("code"),
                row.required("name"),
                row.required("parent"),
                parseDirection(row),
                row.number("weight"),
                submissionUnit,
                denominator.isEmpty() ? Optional.empty() : Optional.of(denominator),
                row.numberOr("scale", 1),
                row.required("unit"),
                new Range(row.number("plausible_min"), row.number("plausible_max")),
                goalposts,
                target.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(row.number("target_2030")),
                targetSource.isEmpty() ? Optional.empty() : Optional.of(targetSource),
                row.text("definition"),
                decimals,
                row.translated("target_source"),
                row.translated("definition"));
    }

    private static Direction parseDirection(CsvTables.Row row) {
        try {
            return Direction.parse(row.required("direction"));
        } catch (IllegalArgumentException e) {
            throw row.problem("column 'direction': " + e.getMessage());
        }
    }
}
