package eu.aireadiness.submission;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of a submission, named as in SDMX-CSV. OBS_STATUS, SOURCE and NOTE may be left out. The structure
 * columns of SDMX-CSV 1.0 ({@code DATAFLOW}) and 2.0 ({@code STRUCTURE}, {@code STRUCTURE_ID}, {@code ACTION}, and
 * {@code STRUCTURE_NAME} of a file written with labels) name the dataflow a file is for and what each row does; a
 * file without them is read as today's format. A file's columns are found by name, in any order; the officers'
 * templates place them by {@code templates.TemplateColumns}, not by this order.
 */
public enum SubmissionColumn {
    REF_AREA(Kind.REQUIRED),
    TIME_PERIOD(Kind.REQUIRED),
    INDICATOR(Kind.REQUIRED),
    OBS_VALUE(Kind.REQUIRED),
    UNIT_MEASURE(Kind.REQUIRED),
    OBS_STATUS(Kind.OPTIONAL),
    SOURCE(Kind.OPTIONAL),
    NOTE(Kind.OPTIONAL),
    DATAFLOW(Kind.STRUCTURE),
    STRUCTURE(Kind.STRUCTURE),
    STRUCTURE_ID(Kind.STRUCTURE),
    STRUCTURE_NAME(Kind.STRUCTURE),
    ACTION(Kind.STRUCTURE);

    private enum Kind { REQUIRED, OPTIONAL, STRUCTURE }

    /** A header cell of a file written with labels: the column's identifier, a colon, and its name. */
    private static final Pattern LABELLED = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)\\s*:.*", Pattern.DOTALL);

    private final Kind kind;

    SubmissionColumn(Kind kind) {
        this.kind = kind;
    }

    public boolean required() {
        return kind == Kind.REQUIRED;
    }

    /** Whether the column identifies the SDMX structure or action rather than holding an observation's data. */
    public boolean structural() {
        return kind == Kind.STRUCTURE;
    }

    /** The columns that hold an observation, in the template's order. */
    public static List<SubmissionColumn> dataColumns() {
        return Arrays.stream(values()).filter(c -> !c.structural()).toList();
    }

    /**
     * The name a header cell stands for: any case, surrounding spaces ignored, and the label SDMX-CSV writes after
     * the identifier ({@code "REF_AREA: Reference area"}) left out.
     */
    public static String canonical(String headerCell) {
        if (headerCell == null) {
            return "";
        }
        String cell = headerCell.strip();
        Matcher labelled = LABELLED.matcher(cell);
        return (labelled.matches() ? labelled.group(1) : cell).toUpperCase(Locale.ROOT);
    }

    public static Optional<SubmissionColumn> of(String headerCell) {
        String name = canonical(headerCell);
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }
}
