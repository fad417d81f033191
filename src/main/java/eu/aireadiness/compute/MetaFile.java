package eu.aireadiness.compute;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

import eu.aireadiness.framework.InputFileException;
import eu.aireadiness.methodology.engine.CodeMeta;
import eu.aireadiness.methodology.engine.IndexStructure;

/**
 * Reads COINr's iMeta table: {@code iCode, Level, Parent, Direction, Weight, Type, Denominator} and optionally
 * goalposts, as COINr's {@code goalpost_lower, goalpost_upper} or as a codebook's {@code Floor, Target} (the worst
 * and the best value, whichever way the indicator points). Rows of type Indicator and Aggregate make the index structure; rows of
 * type Group and Denominator name the units' group and denominator columns.
 */
record MetaFile(IndexStructure structure, List<String> groupColumns, List<String> denominatorColumns) {

    static MetaFile read(Path file) {
        CsvRows csv = CsvRows.read(file);
        csv.require("iCode", "Level", "Parent", "Direction", "Weight", "Type");
        List<CodeMeta> indicators = new ArrayList<>();
        List<CodeMeta> aggregates = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> denominators = new ArrayList<>();
        for (CSVRecord row : csv.records()) {
            String code = csv.text(row, "iCode");
            String type = csv.text(row, "Type");
            switch (type) {
                case "Indicator" -> indicators.add(codeMeta(csv, row, code));
                case "Aggregate" -> aggregates.add(codeMeta(csv, row, code));
                case "Group" -> groups.add(code);
                case "Denominator" -> denominators.add(code);
                default -> throw csv.problem(row, "column 'Type': expected Indicator, Aggregate, Group or"
                        + " Denominator, found '" + type + "'");
            }
        }
        try {
            return new MetaFile(new IndexStructure(indicators, aggregates), groups, denominators);
        } catch (IllegalArgumentException e) {
            throw new InputFileException(file, 0, e.getMessage());
        }
    }

    private static CodeMeta codeMeta(CsvRows csv, CSVRecord row, String code) {
        double level = csv.number(row, "Level");
        double direction = csv.number(row, "Direction");
        double weight = csv.number(row, "Weight");
        if (Double.isNaN(level) || level != Math.rint(level)) {
            throw csv.problem(row, "column 'Level': expected a whole number, found '" + csv.text(row, "Level") + "'");
        }
        if (direction != 1 && direction != -1) {
            throw csv.problem(row, "column 'Direction': expected 1 or -1, found '" + csv.text(row, "Direction") + "'");
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw csv.problem(row, "column 'Weight': expected a number 0 or more, found '" + csv.text(row, "Weight")
                    + "'");
        }
        double lower = csv.number(row, "goalpost_lower");
        double upper = csv.number(row, "goalpost_upper");
        double floor = csv.number(row, "Floor");
        double target = csv.number(row, "Target");
        if (Double.isNaN(lower) && Double.isNaN(upper) && !Double.isNaN(floor) && !Double.isNaN(target)) {
            lower = Math.min(floor, target); // for a negative indicator the target is the lower goalpost
            upper = Math.max(floor, target);
        }
        try {
            return new CodeMeta(code, (int) level, csv.text(row, "Parent"), (int) direction, weight,
                    csv.text(row, "Denominator"), lower, upper);
        } catch (IllegalArgumentException e) {
            throw csv.problem(row, e.getMessage());
        }
    }

    List<String> indicatorCodes() {
        return structure.indicatorCodes();
    }
}
