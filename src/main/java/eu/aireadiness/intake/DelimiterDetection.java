package eu.aireadiness.intake;

import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Pattern;

import eu.aireadiness.submission.SubmissionFormat.Delimiter;
import eu.aireadiness.submission.SubmissionColumn;

/** Picks the delimiter that splits the header line into the most submission column names. */
final class DelimiterDetection {

    private DelimiterDetection() {
    }

    static Delimiter detect(String headerLine) {
        return Arrays.stream(Delimiter.values())
                .max(Comparator.<Delimiter>comparingLong(d -> knownColumns(headerLine, d))
                        .thenComparingLong(d -> occurrences(headerLine, d))
                        .thenComparing(Comparator.<Delimiter>naturalOrder().reversed()))
                .orElse(Delimiter.COMMA);
    }

    private static long knownColumns(String line, Delimiter delimiter) {
        return Arrays.stream(line.split(Pattern.quote(String.valueOf(delimiter.character())), -1))
                .map(cell -> cell.strip().replace("\"", ""))
                .filter(cell -> SubmissionColumn.of(cell).isPresent())
                .count();
    }

    private static long occurrences(String line, Delimiter delimiter) {
        return line.chars().filter(c -> c == delimiter.character()).count();
    }
}
