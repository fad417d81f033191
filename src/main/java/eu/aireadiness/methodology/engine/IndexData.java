package eu.aireadiness.methodology.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.aireadiness.methodology.IndicatorTable;

/**
 * The data of the units (COINr's iData): indicator values, the denominators they may be divided by and the group
 * labels imputation may use. Every table has the units in the same order as {@code units}.
 *
 * @param names       the units' names, in the order of {@code units}
 * @param groups      by group column (e.g. EurAsia_group): each unit's label, in the order of {@code units}
 * @param indicators  units by indicator codes, raw values; missing is NaN
 * @param denominators units by denominator columns (Area, GDP...); missing is NaN
 * @param previous    the previous edition's indicator values, for carrying values forward; empty when there is none
 */
public record IndexData(List<String> units, List<String> names, Map<String, List<String>> groups,
                        IndicatorTable indicators, IndicatorTable denominators, Optional<IndicatorTable> previous) {

    public IndexData {
        units = List.copyOf(units);
        names = List.copyOf(names);
        groups = Map.copyOf(groups);
        if (names.size() != units.size()) {
            throw new IllegalArgumentException(units.size() + " units but " + names.size() + " names");
        }
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            if (g.getValue().size() != units.size()) {
                throw new IllegalArgumentException("group column " + g.getKey() + " has " + g.getValue().size()
                        + " labels for " + units.size() + " units");
            }
        }
        if (!indicators.units().equals(units) || !denominators.units().equals(units)) {
            throw new IllegalArgumentException("the indicator and denominator tables must list the units in the"
                    + " order of the data");
        }
    }

    /** The data without a previous edition. */
    public IndexData(List<String> units, List<String> names, Map<String, List<String>> groups,
                     IndicatorTable indicators, IndicatorTable denominators) {
        this(units, names, groups, indicators, denominators, Optional.empty());
    }
}
