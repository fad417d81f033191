package eu.aireadiness.compute;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;

import eu.aireadiness.framework.InputFileException;
import eu.aireadiness.methodology.engine.CodeMeta;
import eu.aireadiness.methodology.engine.DenominateSpec;
import eu.aireadiness.methodology.engine.IndexStructure;
import eu.aireadiness.methodology.engine.MethodSpec;

/**
 * Reads COINr's iMeta table: {@code iCode, Level, Parent, Direction, Weight, Type, Denominator} and optionally
 * goalposts, as COINr's {@code goalpost_lower, goalpost_upper} or as a codebook's {@code Floor, Target} (the worst
 * and the best value, whichever way the indicator points), and an indicator's {@code Scale}: the factor that its
 * quotient (or its value) is multiplied by in the denominate step, as the codebook's column of that name says; a
 * method file's {@code denominate.scale} overrides it. Rows of type Indicator and Aggregate make the index structure; rows of type
 * Group and Denominator name the units' group and denominator columns.
 *
 * @param scales by indicator code, the scale factors the meta gives other than 1
 */
record MetaFile(IndexStructure structure, List<String> groupColumns, List<String> denominatorColumns,
                Map<String, Double> scales) {

    MetaFile {
        scales = Map.copyOf(scales);
    }

    static MetaFile read(Path file) {
        CsvRows csv = CsvRows.read(file);
        csv.require("iCode", "Level", "Parent", "Direction", "Weight", "Type");
        List<CodeMeta> indicators = new ArrayList<>();
        List<CodeMeta> aggregates = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> denominators = new ArrayList<>();
        Map<String, Double> scales = new HashMap<>();
        for (CSVRecord row : csv.records()) {
            String code = csv.text(row, "iCode");
            String type = csv.text(row, "Type");
            switch (type) {
                case "Indicator" -> {
                    indicators.add(codeMeta(csv, row, code));
                    scale(csv, row).ifPresent(factor -> scales.put(code, factor));
                }
                case "Aggregate" -> aggregates.add(codeMeta(csv, row, code));
                case "Group" -> groups.add(code);
                case "Denominator" -> denominators.add(code);
                default -> throw csv.problem(row, "column 'Type': expected Indicator, Aggregate, Group or"
                        + " Denominator, found '" + type + "'");
            }
        }
        try {
            return new MetaFile(new IndexStructure(indicators, aggregates), groups, denominators, scales);
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

    private static Optional<Double> scale(CsvRows csv, CSVRecord row) {
        double scale = csv.number(row, "Scale");
        if (Double.isNaN(scale) || scale == 1.0) {
            return Optional.empty();
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw csv.problem(row, "column 'Scale': expected a positive number (1000000 for per million), found '"
                    + csv.text(row, "Scale") + "'");
        }
        return Optional.of(scale);
    }

    /** The method with the meta's scale factors, which a scale given in the method file overrides. */
    MethodSpec withScales(MethodSpec method) {
        if (scales.isEmpty()) {
            return method;
        }
        Map<String, Double> scale = new HashMap<>(scales);
        scale.putAll(method.denominate().scale());
        return new MethodSpec(new DenominateSpec(method.denominate().method(), scale), method.impute(),
                method.screen(), method.treat(), method.normalise(), method.aggregate(), method.rank(),
                method.weights());
    }

    List<String> indicatorCodes() {
        return structure.indicatorCodes();
    }
}
