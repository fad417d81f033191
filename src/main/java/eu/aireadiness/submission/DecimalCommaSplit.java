package eu.aireadiness.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A number written with a comma in a comma-separated file, which the comma split into fields: {@code 12,5} read as
 * the fields {@code 12} and {@code 5}, every later field of the row one column to the right. It shows as a row with
 * more fields than the header whose OBS_VALUE is a whole number followed by fields of digits only. The row as its
 * header means it has those fields joined again into OBS_VALUE, so that its other columns can be checked where they
 * are; the value itself is refused, since which number was meant (a decimal comma or a thousands separator) is the
 * officer's to say.
 */
public final class DecimalCommaSplit {

    private DecimalCommaSplit() {
    }

    /**
     * The row with its OBS_VALUE joined again, when it looks split by a comma; empty otherwise. Only meaningful for a
     * comma-separated file.
     */
    public static Optional<SubmittedRow> mended(SubmittedRow row) {
        List<String> values = row.values();
        int extra = values.size() - row.columns().names().size();
        int at = row.columns().position(SubmissionColumn.OBS_VALUE);
        if (extra <= 0 || at < 0 || at + 1 >= values.size() || !isWhole(values.get(at).strip())) {
            return Optional.empty();
        }
        int joined = 0;
        StringBuilder value = new StringBuilder(values.get(at).strip());
        while (joined < extra && at + joined + 1 < values.size() && isDigits(values.get(at + joined + 1).strip())) {
            value.append(',').append(values.get(at + joined + 1).strip());
            joined++;
        }
        if (joined == 0) {
            return Optional.empty();
        }
        List<String> mended = new ArrayList<>(values.subList(0, at));
        mended.add(value.toString());
        mended.addAll(values.subList(at + joined + 1, values.size()));
        return Optional.of(new SubmittedRow(row.row(), row.columns(), mended));
    }

    /** An optional sign and digits. */
    private static boolean isWhole(String text) {
        return isDigits(text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text);
    }

    private static boolean isDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
