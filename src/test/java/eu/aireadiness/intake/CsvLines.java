package eu.aireadiness.intake;

/** Lines of a submission CSV file, for tests that build files around them. */
final class CsvLines {

    static final String HEADER_LINE = "REF_AREA,TIME_PERIOD,INDICATOR,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,SOURCE,NOTE";

    static final String HEADER = HEADER_LINE + "\n";

    private CsvLines() {
    }

    static String row(String indicator, String value) {
        return "SK,2026," + indicator + "," + value + ",PC_IND,,Eurostat,\n";
    }
}
