package eu.aireadiness.methodology.engine;

import eu.aireadiness.methodology.IndicatorTable;

/**
 * Every stage of one build of the index, as COINr keeps its data sets: each table is the output of its step.
 *
 * @param denominated units by indicators, all units
 * @param imputed     the imputed table (all units) and the filled cells
 * @param screened    the kept units (and indicators) and the screening reports
 * @param treated     the treated table (kept units), the changed cells, the summary and warnings
 * @param normalised  kept units by kept indicators, higher is better
 * @param aggregated  the normalised indicators followed by every aggregate
 * @param ranks       the ranks of every column of {@code aggregated}
 */
public record IndexResults(IndicatorTable denominated, Impute.Result imputed, Screen.Result screened,
                           Treat.Result treated, IndicatorTable normalised, IndicatorTable aggregated, Ranks ranks) {
}
