package eu.aireadiness.sample;

/**
 * How many decimals an officer types for a value in a submission unit of the codebook: whole numbers for counts,
 * codes and months, four decimals for a price per kWh, one for most percentages.
 */
final class UnitDigits {

    private UnitDigits() {
    }

    static int of(String submissionUnit) {
        return switch (submissionUnit) {
            case "NR", "CODE", "MONTH" -> 0;
            case "MW", "PC", "PC_IND", "PC_EMP", "PC_GRAD", "PC_ENT", "SCORE", "EUR_M" -> 1;
            case "PFLOPS", "RATIO", "PC_GDP" -> 2;
            case "EUR_KWH" -> 4;
            default -> throw new IllegalArgumentException("the sample generator does not know how many decimals to "
                    + "write for submission unit '" + submissionUnit + "'; add it to UnitDigits");
        };
    }
}
