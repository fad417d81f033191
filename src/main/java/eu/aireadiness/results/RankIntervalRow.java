package eu.aireadiness.results;

/**
 * One stored outcome of the uncertainty analysis: a country's rank on {@code code} (the index) under the nominal
 * method, and the median, 5th and 95th percentiles of its ranks over {@code replications} sampled sets of
 * assumptions.
 */
public record RankIntervalRow(int edition, String country, String code, int nominalRank, double medianRank,
                              double lowRank, double highRank, int replications) {
}
