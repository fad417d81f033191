package eu.aireadiness.compute;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;

import eu.aireadiness.framework.InputFileException;
import eu.aireadiness.methodology.IndicatorTable;
import eu.aireadiness.methodology.engine.IndexData;

/**
 * Reads COINr's iData, in the wide layout (one row per unit: {@code uCode, uName}, group columns, {@code Time},
 * denominators, indicators) or the long one (one row per unit and code: {@code uCode, uName}, groups, {@code Time,
 * iCode, Type, value}); the layout is recognised by the header. When {@code Time} holds several editions, the
 * latest is the data and the one before it the previous edition (for carrying values forward).
 */
final class DataFile {

    /** What one unit has in one edition. */
    private record UnitRow(String name, Map<String, String> groups, Map<String, Double> values) {
    }

    private DataFile() {
    }

    static IndexData read(Path file, MetaFile meta) {
        CsvRows csv = CsvRows.read(file);
        csv.require("uCode");
        boolean longLayout = csv.header().contains("iCode") && csv.header().contains("value");
        Map<String, Map<String, UnitRow>> byTime = new HashMap<>();
        for (CSVRecord record : csv.records()) {
            String unit = csv.text(record, "uCode");
            if (unit.isEmpty()) {
                throw csv.problem(record, "column 'uCode' is empty; every row needs its unit's code");
            }
            String time = csv.text(record, "Time");
            Map<String, UnitRow> units = byTime.computeIfAbsent(time, t -> new LinkedHashMap<>());
            if (!longLayout && units.containsKey(unit)) {
                // The long layout refuses a second value of a code; a second wide row would overwrite them all.
                throw csv.problem(record, "a second row for unit " + unit + (time.isEmpty() ? "" : " in Time " + time)
                        + "; the wide layout has one row per unit and edition: remove the duplicate row or merge"
                        + " its values into the first");
            }
            UnitRow row = units.computeIfAbsent(unit, u -> new UnitRow(csv.text(record, "uName"),
                    new HashMap<>(), new HashMap<>()));
            for (String group : meta.groupColumns()) {
                if (csv.header().contains(group)) {
                    row.groups().put(group, csv.text(record, group));
                }
            }
            if (longLayout) {
                String code = csv.text(record, "iCode");
                if (!meta.indicatorCodes().contains(code) && !meta.denominatorColumns().contains(code)) {
                    throw csv.problem(record, "column 'iCode': '" + code + "' is neither an indicator nor a"
                            + " denominator of the meta");
                }
                if (row.values().put(code, csv.number(record, "value")) != null) {
                    throw csv.problem(record, "a second value of " + code + " for unit " + unit);
                }
            } else {
                readWide(csv, record, meta, row);
            }
        }
        for (String group : meta.groupColumns()) {
            csv.require(group);
        }
        List<String> times = new ArrayList<>(byTime.keySet());
        times.sort(Comparator.comparing(DataFile::timeKey));
        Map<String, UnitRow> current = byTime.get(times.get(times.size() - 1));
        Optional<IndicatorTable> previous = times.size() < 2 ? Optional.empty()
                : Optional.of(table(byTime.get(times.get(times.size() - 2)), meta.indicatorCodes()));
        return assemble(file, current, meta, previous);
    }

    private static void readWide(CsvRows csv, CSVRecord record, MetaFile meta, UnitRow row) {
        for (String code : meta.indicatorCodes()) {
            csv.require(code);
            row.values().put(code, csv.number(record, code));
        }
        for (String denominator : meta.denominatorColumns()) {
            if (csv.header().contains(denominator)) {
                row.values().put(denominator, csv.number(record, denominator));
            }
        }
    }

    private static IndexData assemble(Path file, Map<String, UnitRow> current, MetaFile meta,
                                      Optional<IndicatorTable> previous) {
        List<String> units = new ArrayList<>(current.keySet());
        List<String> names = units.stream().map(u -> current.get(u).name()).toList();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String group : meta.groupColumns()) {
            groups.put(group, units.stream().map(u -> current.get(u).groups().getOrDefault(group, "")).toList());
        }
        List<String> denominators = meta.denominatorColumns().stream()
                .filter(d -> current.values().stream().anyMatch(r -> r.values().containsKey(d))).toList();
        try {
            return new IndexData(units, names, groups, table(current, meta.indicatorCodes()),
                    table(current, denominators), previous);
        } catch (IllegalArgumentException e) {
            throw new InputFileException(file, 0, e.getMessage());
        }
    }

    private static IndicatorTable table(Map<String, UnitRow> rows, List<String> codes) {
        List<String> units = new ArrayList<>(rows.keySet());
        double[][] values = new double[units.size()][codes.size()];
        for (int u = 0; u < units.size(); u++) {
            Map<String, Double> unitValues = rows.get(units.get(u)).values();
            for (int c = 0; c < codes.size(); c++) {
                values[u][c] = unitValues.getOrDefault(codes.get(c), Double.NaN);
            }
        }
        return new IndicatorTable(units, codes, values);
    }

    /** Sorts editions by number when they are numbers (2018 before 2019), else by text. */
    private static String timeKey(String time) {
        return time.matches("\\d{1,9}") ? String.format("%09d", Integer.parseInt(time)) : time;
    }
}
