package eu.aireadiness.submission;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The columns of a submission, named as in SDMX-CSV. OBS_STATUS, SOURCE and NOTE may be left out. */
public enum SubmissionColumn {
    REF_AREA(true),
    TIME_PERIOD(true),
    INDICATOR(true),
    OBS_VALUE(true),
    UNIT_MEASURE(true),
    OBS_STATUS(false),
    SOURCE(false),
    NOTE(false);

    private final boolean required;

    SubmissionColumn(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    /** The name a header cell stands for: any case, surrounding spaces ignored. */
    public static String canonical(String headerCell) {
        return headerCell == null ? "" : headerCell.strip().toUpperCase(Locale.ROOT);
    }

    public static Optional<SubmissionColumn> of(String headerCell) {
        String name = canonical(headerCell);
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }
}
