package eu.aireadiness.methodology.uncertainty;

import java.util.List;

/**
 * What an uncertainty analysis publishes for each unit: its nominal rank beside the distribution of its ranks over
 * the replications. Percentiles follow R's {@code quantile(type = 7)}, so they can fall between two ranks.
 */
public record UncertaintyResult(List<UnitRanks> units, int replications) {

    public UncertaintyResult {
        units = List.copyOf(units);
    }

    public UnitRanks unit(String name) {
        return units.stream().filter(u -> u.unit().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no unit " + name + " in this analysis"));
    }

    /**
     * @param lowerRank the 5th percentile of the ranks (the better end of the interval)
     * @param upperRank the 95th percentile (the worse end)
     */
    public record UnitRanks(String unit, int nominalRank, double medianRank, double lowerRank, double upperRank,
            double meanRank) {

        /** Whether the nominal rank lies in the 5th-95th percentile interval. */
        public boolean intervalContainsNominal() {
            return lowerRank <= nominalRank && nominalRank <= upperRank;
        }
    }
}
