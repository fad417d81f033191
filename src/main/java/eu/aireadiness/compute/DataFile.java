package eu.aireadiness.compute;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;

import eu.aireadiness.framework.InputFileException;
import eu.aireadiness.methodology.IndicatorTable;
import eu.aireadiness.methodology.engine.Denominate;
import eu.aireadiness.methodology.engine.DenominateSpec;
import eu.aireadiness.methodology.engine.IndexData;

/**
 * Reads COINr's iData, in the wide layout (one row per unit: {@code uCode, uName}, group columns, {@code Time},
 * denominators, indicators) or the long one (one row per unit and code: {@code uCode, uName}, groups, {@code Time,
 * iCode, Type, value}); the layout is recognised by the header. When {@code Time} holds several editions, the
 * latest is the data and the one before it the previous edition (for carrying values forward). The previous
 * edition's values are carried forward as published, so they are denominated as the method says, each by its own
 * edition's denominators (a value whose denominator that edition lacks is not carried), as the annual pipeline does.
 */
final class DataFile {

    /**
     * What one unit has in one edition: its values by slot (the meta's indicators, then its denominators), NaN
     * until given, and which slots were given (a denominator column counts only when given).
     */
    private record UnitRow(String name, Map<String, String> groups, double[] values, boolean[] given) {
    }

    /** The columns a data file may give, each at its slot. */
    private record Slots(List<String> codes, Map<String, Integer> slotOf) {

        static Slots of(MetaFile meta) {
            List<String> codes = new ArrayList<>(meta.indicatorCodes());
            codes.addAll(meta.denominatorColumns());
            Map<String, Integer> slotOf = new HashMap<>();
            for (int i = codes.size() - 1; i >= 0; i--) {
                slotOf.put(codes.get(i), i); // an indicator and a denominator of one name: the indicator
            }
            return new Slots(codes, slotOf);
        }

        UnitRow newRow(String name) {
            double[] values = new double[codes.size()];
            Arrays.fill(values, Double.NaN);
            return new UnitRow(name, new HashMap<>(), values, new boolean[codes.size()]);
        }
    }

    private DataFile() {
    }

    /** @param denominate how the previous edition's values are brought into the units they are carried in */
    static IndexData read(Path file, MetaFile meta, DenominateSpec denominate) {
        Slots slots = Slots.of(meta);
        Map<String, Map<String, UnitRow>> byTime = new HashMap<>();
        CsvRows header = CsvRows.forEach(file, (csv, record) -> {
            csv.require("uCode");
            boolean longLayout = csv.has("iCode") && csv.has("value");
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
            UnitRow row = units.computeIfAbsent(unit, u -> slots.newRow(csv.text(record, "uName")));
            for (String group : meta.groupColumns()) {
                if (csv.has(group)) {
                    row.groups().put(group, csv.text(record, group));
                }
            }
            if (longLayout) {
                String code = csv.text(record, "iCode");
                Integer slot = slots.slotOf().get(code);
                if (slot == null) {
                    throw csv.problem(record, "column 'iCode': '" + code + "' is neither an indicator nor a"
                            + " denominator of the meta");
                }
                double value = csv.number(record, "value");
                if (row.given()[slot]) {
                    throw csv.problem(record, "a second value of " + code + " for unit " + unit);
                }
                row.values()[slot] = value;
                row.given()[slot] = true;
            } else {
                readWide(csv, record, meta, slots, row);
            }
        });
        header.require("uCode");
        for (String group : meta.groupColumns()) {
            header.require(group);
        }
        List<String> times = new ArrayList<>(byTime.keySet());
        times.sort(Comparator.comparing(DataFile::timeKey));
        Map<String, UnitRow> current = byTime.get(times.get(times.size() - 1));
        Optional<IndicatorTable> previous = times.size() < 2 ? Optional.empty()
                : Optional.of(denominated(byTime.get(times.get(times.size() - 2)), meta, slots, denominate));
        return assemble(file, current, meta, slots, previous);
    }

    private static void readWide(CsvRows csv, CSVRecord record, MetaFile meta, Slots slots, UnitRow row) {
        for (String code : meta.indicatorCodes()) {
            csv.require(code);
            int slot = slots.slotOf().get(code);
            row.values()[slot] = csv.number(record, code);
            row.given()[slot] = true;
        }
        for (String denominator : meta.denominatorColumns()) {
            if (csv.has(denominator)) {
                int slot = slots.slotOf().get(denominator);
                row.values()[slot] = csv.number(record, denominator);
                row.given()[slot] = true;
            }
        }
    }

    private static IndexData assemble(Path file, Map<String, UnitRow> current, MetaFile meta, Slots slots,
                                      Optional<IndicatorTable> previous) {
        List<String> units = new ArrayList<>(current.keySet());
        List<String> names = units.stream().map(u -> current.get(u).name()).toList();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String group : meta.groupColumns()) {
            groups.put(group, units.stream().map(u -> current.get(u).groups().getOrDefault(group, "")).toList());
        }
        List<String> denominators = meta.denominatorColumns().stream()
                .filter(d -> current.values().stream().anyMatch(r -> r.given()[slots.slotOf().get(d)])).toList();
        try {
            return new IndexData(units, names, groups, table(current, slots, meta.indicatorCodes()),
                    table(current, slots, denominators), previous);
        } catch (IllegalArgumentException e) {
            throw new InputFileException(file, 0, e.getMessage());
        }
    }

    private static IndicatorTable denominated(Map<String, UnitRow> rows, MetaFile meta, Slots slots,
                                              DenominateSpec denominate) {
        List<String> units = new ArrayList<>(rows.keySet());
        IndexData edition = new IndexData(units, units.stream().map(u -> rows.get(u).name()).toList(), Map.of(),
                table(rows, slots, meta.indicatorCodes()), table(rows, slots, meta.denominatorColumns()));
        return Denominate.apply(edition, meta.structure(), denominate);
    }

    private static IndicatorTable table(Map<String, UnitRow> rows, Slots slots, List<String> codes) {
        List<String> units = new ArrayList<>(rows.keySet());
        int[] slotOfColumn = codes.stream().mapToInt(code -> slots.slotOf().get(code)).toArray();
        double[][] values = new double[units.size()][codes.size()];
        for (int u = 0; u < units.size(); u++) {
            double[] unitValues = rows.get(units.get(u)).values();
            for (int c = 0; c < slotOfColumn.length; c++) {
                values[u][c] = unitValues[slotOfColumn[c]];
            }
        }
        return new IndicatorTable(units, codes, values);
    }

    /** Sorts editions by number when they are numbers (2018 before 2019), else by text. */
    private static String timeKey(String time) {
        return time.matches("\\d{1,9}") ? String.format("%09d", Integer.parseInt(time)) : time;
    }
}
