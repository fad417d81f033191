package eu.aireadiness.methodology;

/**
 * The data of one edition as the methodology takes it.
 *
 * @param submitted    countries by indicator codes, in the submission units; missing is NaN
 * @param denominators countries by reference series (POP, GDP...) of the same year
 */
public record EditionInput(int edition, IndicatorTable submitted, IndicatorTable denominators) {
}
