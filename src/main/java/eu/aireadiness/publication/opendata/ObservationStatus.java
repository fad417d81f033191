package eu.aireadiness.publication.opendata;

import eu.aireadiness.results.ValueOrigin;

/**
 * The flags of the open data (attribute {@code OBS_STATUS}), in Eurostat's lower-case letters where Eurostat's flag
 * list has the same meaning: {@code e} estimated, {@code p} provisional, {@code m} missing. A value carried forward
 * from the previous edition has no equivalent there ({@code c} was Eurostat's "confidential", a meaning now kept for
 * {@code CONF_STATUS}, and {@code f} is "forecast"), so it gets a letter of its own that Eurostat's list does not use,
 * {@code h} ("held over"); the PDF and workbook legends print the same letters in capitals.
 */
public enum ObservationStatus {
    ESTIMATED("e", "Estimated value (Eurostat flag e): reported by the officer as an estimate"),
    PROVISIONAL("p", "Provisional value (Eurostat flag p): reported by the officer as provisional; it may be revised"),
    MISSING("m", "Missing value (Eurostat flag m): no value at all; left out of its pillar's score"),
    HELD_OVER("h", "Held over from the previous edition (no Eurostat equivalent): no value for this edition, the value"
            + " accepted for the previous edition is used");

    private final String code;
    private final String description;

    ObservationStatus(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** The flag of a value of this origin; empty for a value reported as normal, which Eurostat leaves unflagged. */
    public static String codeOf(ValueOrigin origin) {
        return switch (origin) {
            case REPORTED -> "";
            case ESTIMATED -> ESTIMATED.code;
            case PROVISIONAL -> PROVISIONAL.code;
            case MISSING -> MISSING.code;
            case CARRIED_FORWARD -> HELD_OVER.code;
        };
    }
}
