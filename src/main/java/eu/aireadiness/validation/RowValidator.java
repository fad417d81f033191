package eu.aireadiness.validation;

import static eu.aireadiness.submission.SubmissionColumn.INDICATOR;
import static eu.aireadiness.submission.SubmissionColumn.NOTE;
import static eu.aireadiness.submission.SubmissionColumn.OBS_VALUE;
import static eu.aireadiness.submission.SubmissionColumn.OBS_STATUS;
import static eu.aireadiness.submission.SubmissionColumn.REF_AREA;
import static eu.aireadiness.submission.SubmissionColumn.SOURCE;
import static eu.aireadiness.submission.SubmissionColumn.TIME_PERIOD;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.submission.DecimalCommaSplit;
import eu.aireadiness.submission.ObsStatus;
import eu.aireadiness.submission.Observation;
import eu.aireadiness.submission.StoredText;
import eu.aireadiness.submission.SubmittedRow;
import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.submission.ValidationProblem;

/**
 * Checks the rows of one file in turn; remembers the first row of each indicator, so that a repeated one is caught,
 * in an array as long as the codebook: what it keeps does not grow with the file.
 */
final class RowValidator {

    /**
     * @param problems    the row's errors
     * @param observation the row's observation, when it is valid data
     * @param deletion    the notice of an accepted deletion, when the row is a valid {@code ACTION} D
     */
    record Outcome(List<ValidationProblem> problems, Optional<Observation> observation,
                   Optional<ValidationProblem> deletion) {
    }


    private final Codebook codebook;
    private final Map<String, Integer> indicatorPositions;
    private final Map<String, Country> countries;
    private final ValueCheck valueCheck;
    private final String folderCountry;
    private final int edition;
    private final Where where;
    private final long[] firstRowOfIndicator;
    private final boolean commaSeparated;
    private final StructureCheck structure;

    /**
     * @param indicatorPositions the position of each indicator code in the codebook's list
     * @param commaSeparated     whether the file is a comma-separated CSV file, where a comma in a number that is
     *                           not quoted splits it into two fields ({@link DecimalCommaSplit})
     */
    RowValidator(Codebook codebook, Map<String, Integer> indicatorPositions, Map<String, Country> countries,
                 ValueCheck valueCheck, String folderCountry, int edition, Where where, boolean commaSeparated,
                 StructureCheck structure) {
        this.codebook = codebook;
        this.indicatorPositions = indicatorPositions;
        this.countries = countries;
        this.valueCheck = valueCheck;
        this.folderCountry = folderCountry;
        this.edition = edition;
        this.where = where;
        this.firstRowOfIndicator = new long[codebook.indicators().size()];
        this.commaSeparated = commaSeparated;
        this.structure = structure;
    }

    int edition() {
        return edition;
    }

    /**
     * The row's problems, or its observation. A row whose OBS_VALUE a comma split into two fields is checked as its
     * header means it, with the value joined again: it gets one error for the value, and none for the columns the
     * split moved.
     */
    Outcome validate(SubmittedRow found) {
        List<ValidationProblem> problems = new ArrayList<>();
        Optional<SubmittedRow> mended = commaSeparated ? DecimalCommaSplit.mended(found) : Optional.empty();
        SubmittedRow row = mended.orElse(found);
        StructureCheck.RowAction action = structure.check(row, problems);
        Optional<String> country = country(row, problems);
        int year = period(row, problems);
        Optional<Indicator> indicator = indicator(row, problems);
        if (action == StructureCheck.RowAction.DELETE) {
            // A deletion names an observation; its value, unit and status are not looked at.
            return problems.isEmpty() ? new Outcome(problems, Optional.empty(),
                    Optional.of(structure.deleted(row, indicator.orElseThrow().code())))
                    : new Outcome(problems, Optional.empty(), Optional.empty());
        }
        Optional<ObsStatus> status = status(row, problems);
        OptionalDouble value = OptionalDouble.empty();
        if (mended.isPresent()) {
            problems.add(splitValue(found, row));
        } else {
            value = valueCheck.value(row, status, problems);
        }
        if (indicator.isPresent() && valueCheck.unit(row, indicator.get(), status, problems) && value.isPresent()) {
            valueCheck.range(row, indicator.get(), value.getAsDouble(), country, year, problems);
        }
        for (StoredText text : StoredText.values()) {
            storedLength(row, text, problems);
        }
        if (!problems.isEmpty()) {
            return new Outcome(problems, Optional.empty(), Optional.empty());
        }
        return new Outcome(problems, Optional.of(new Observation(row.row(), country.orElseThrow(), year,
                indicator.orElseThrow().code(), value, indicator.get().submissionUnit(), status.orElseThrow(),
                row.cell(SOURCE),
                row.cell(NOTE))), Optional.empty());
    }

    /** Whether a row gave the indicator, valid or not. */
    boolean submitted(Indicator indicator) {
        return firstRowOfIndicator[indicatorPositions.get(indicator.code())] > 0;
    }

    private Optional<String> country(SubmittedRow row, List<ValidationProblem> problems) {
        String found = row.cell(REF_AREA);
        String code = found.toUpperCase(Locale.ROOT);
        if (!countries.containsKey(code)) {
            String at = where.cell(row.row(), REF_AREA);
            String hint = code.equals("GR") ? " Greece is written EL, as Eurostat does."
                    : " Country codes are two letters as Eurostat writes them (EL for Greece).";
            problems.add(SubmissionRule.UNKNOWN_COUNTRY.problem(row.row(), REF_AREA.name(), row.raw(REF_AREA), at
                    + ": expected the code of a participating country, " + folderCountry + " for this folder, found '"
                    + row.raw(REF_AREA) + "'." + hint));
            return Optional.empty();
        }
        if (!code.equals(folderCountry)) {
            problems.add(SubmissionRule.WRONG_COUNTRY_FOLDER.problem(row.row(), REF_AREA.name(), row.raw(REF_AREA),
                    where.cell(row.row(), REF_AREA) + ": the file lies in the folder of " + name(folderCountry)
                            + " but this row is about " + name(code) + ". If the file is about "
                            + countries.get(code).englishName() + ", move it to input/" + code + "/; otherwise write "
                            + folderCountry + " in REF_AREA."));
        }
        return Optional.of(code);
    }

    private String name(String code) {
        Country country = countries.get(code);
        return country == null ? code : country.englishName() + " (" + code + ")";
    }

    /** Whether the text is a year: four digits 0 to 9. */
    static boolean isYear(String text) {
        if (text.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The row's year, 0 when it is not a four-digit year. */
    private int period(SubmittedRow row, List<ValidationProblem> problems) {
        String found = row.cell(TIME_PERIOD);
        if (!isYear(found)) {
            problems.add(SubmissionRule.INVALID_PERIOD.problem(row.row(), TIME_PERIOD.name(), row.raw(TIME_PERIOD),
                    where.cell(row.row(), TIME_PERIOD)
                    + ": expected the edition year as four digits" + (edition == 0 ? "" : ", " + edition)
                    + ", found '" + row.raw(TIME_PERIOD) + "'."));
            return 0;
        }
        int year = Integer.parseInt(found);
        if (year != edition) {
            problems.add(SubmissionRule.MIXED_PERIODS.problem(row.row(), TIME_PERIOD.name(), row.raw(TIME_PERIOD),
                    where.cell(row.row(), TIME_PERIOD)
                    + ": expected " + edition + ", the TIME_PERIOD of the other rows, found '" + row.raw(TIME_PERIOD)
                    + "'. A file holds one edition: correct the year, or send the values for " + year
                    + " in a file of their own."));
        }
        return year;
    }

    private Optional<Indicator> indicator(SubmittedRow row, List<ValidationProblem> problems) {
        String found = row.cell(INDICATOR);
        String code = found.toUpperCase(Locale.ROOT);
        Integer position = indicatorPositions.get(code);
        if (position == null) {
            problems.add(SubmissionRule.UNKNOWN_INDICATOR.problem(row.row(), INDICATOR.name(), row.raw(INDICATOR),
                    where.cell(row.row(), INDICATOR) + ": expected an indicator code of the codebook, found '"
                            + row.raw(INDICATOR) + "'. " + CodeSuggestion.forUnknownIndicator(codebook, found)));
            return Optional.empty();
        }
        long first = firstRowOfIndicator[position];
        if (first > 0) {
            problems.add(SubmissionRule.DUPLICATE_INDICATOR.problem(row.row(), INDICATOR.name(), row.raw(INDICATOR),
                    where.cell(row.row(), INDICATOR) + ": " + code + " was already given on row " + first + "; a file"
                            + " has one row per indicator. Keep the row with the right value and delete the other."));
        } else {
            firstRowOfIndicator[position] = row.row();
        }
        return Optional.of(codebook.indicators().get(position));
    }

    private ValidationProblem splitValue(SubmittedRow found, SubmittedRow mended) {
        String value = mended.cell(OBS_VALUE);
        String fields = "'" + String.join("' and '", value.split(",")) + "'";
        return SubmissionRule.DECIMAL_COMMA.problem(found.row(), OBS_VALUE.name(), value, where.cell(found.row(),
                OBS_VALUE) + ": the row has " + found.values().size() + " fields where the header has "
                + found.columns().names().size() + ", and OBS_VALUE is " + fields + ": probably the number " + value
                + " written with a comma, which splits it into fields in a comma-separated file (the row's other"
                + " columns were read with the number joined again). Write numbers with a decimal point and no"
                + " thousands separator (12.5, not 12,5); or save the file as CSV separated by semicolons; or put"
                + " the value in quotes (\"" + value + "\") and write every decimal of the file with a comma.");
    }

    /** A text longer than the database keeps is refused, never cut. */
    private void storedLength(SubmittedRow row, StoredText text, List<ValidationProblem> problems) {
        String found = row.cell(text.column());
        if (!text.fits(found)) {
            problems.add(SubmissionRule.TEXT_TOO_LONG.problem(row.row(), text.column().name(),
                    row.raw(text.column()), where.cell(row.row(), text.column()) + ": the text is " + found.length()
                            + " characters long, more than the " + text.maxLength() + " that are kept (a text is"
                            + " never cut). Shorten it to " + text.maxLength() + " characters at most."));
        }
    }

    private Optional<ObsStatus> status(SubmittedRow row, List<ValidationProblem> problems) {
        String found = row.cell(OBS_STATUS);
        // One letter in either case; compared by character, as this runs for every row of every file.
        char code = found.isEmpty() ? 'A' : found.length() == 1 ? Character.toUpperCase(found.charAt(0)) : '?';
        Optional<ObsStatus> status = switch (code) {
            case 'A' -> Optional.of(ObsStatus.A);
            case 'E' -> Optional.of(ObsStatus.E);
            case 'P' -> Optional.of(ObsStatus.P);
            case 'M' -> Optional.of(ObsStatus.M);
            default -> Optional.empty();
        };
        if (status.isEmpty()) {
            problems.add(SubmissionRule.UNKNOWN_STATUS.problem(row.row(), OBS_STATUS.name(), row.raw(OBS_STATUS),
                    where.cell(row.row(), OBS_STATUS) + ": expected A (normal), E (estimated), P (provisional) or"
                            + " M (missing), found '" + row.raw(OBS_STATUS) + "'. Leave it empty for a normal value."));
        }
        return status;
    }
}
