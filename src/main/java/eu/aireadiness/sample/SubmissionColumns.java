package eu.aireadiness.sample;

import java.util.List;

/** The header of a submission, SDMX-CSV style, in the order officers receive it in the template. */
final class SubmissionColumns {

    static final List<String> HEADER = List.of("REF_AREA", "TIME_PERIOD", "INDICATOR", "OBS_VALUE", "UNIT_MEASURE",
            "OBS_STATUS", "SOURCE", "NOTE");

    private SubmissionColumns() {
    }
}
