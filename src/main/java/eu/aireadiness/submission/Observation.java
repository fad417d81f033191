package eu.aireadiness.submission;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One validated row of a submission.
 *
 * @param row       the line of the CSV file or the row of the worksheet (1-based, as a spreadsheet shows it)
 * @param country   REF_AREA
 * @param edition   TIME_PERIOD: the edition the value is submitted for
 * @param indicator INDICATOR code of the codebook
 * @param value     OBS_VALUE in the submission unit; empty when the status is M
 * @param unit      UNIT_MEASURE
 * @param status    OBS_STATUS
 * @param source    SOURCE, may be empty; at most {@link StoredText#SOURCE} long
 * @param note      NOTE, may be empty; at most {@link StoredText#NOTE} long
 */
public record Observation(long row, String country, int edition, String indicator, OptionalDouble value, String unit,
                          ObsStatus status, String source, String note) {

    public Observation {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        source = source == null ? "" : source;
        note = note == null ? "" : note;
        if (!StoredText.SOURCE.fits(source) || !StoredText.NOTE.fits(note)) {
            throw new IllegalArgumentException("row " + row + ": SOURCE of " + source.length() + " and NOTE of "
                    + note.length() + " characters, more than the " + StoredText.SOURCE.maxLength() + " and "
                    + StoredText.NOTE.maxLength() + " that are stored (the validator refuses such a row)");
        }
        if (status == ObsStatus.M && value.isPresent()) {
            throw new IllegalArgumentException("row " + row + ": status M (missing) goes with an empty OBS_VALUE");
        }
        if (status != ObsStatus.M && value.isEmpty()) {
            throw new IllegalArgumentException("row " + row + ": an empty OBS_VALUE needs OBS_STATUS M");
        }
    }
}
