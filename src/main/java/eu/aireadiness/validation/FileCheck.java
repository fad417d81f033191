package eu.aireadiness.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.submission.Observation;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmissionColumn;
import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.submission.SubmissionFormat;
import eu.aireadiness.submission.SubmissionFormat.DecimalMark;
import eu.aireadiness.submission.SubmittedRow;
import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.validation.SubmissionValidator.Rules;

/**
 * The check of one file, fed as the file is read: its header, then its rows one at a time, each valid row given back as
 * an observation as soon as it is checked. What it keeps does not grow with the file: the first row of each indicator
 * (an array as long as the codebook), the number of rows per year, and the first problems.
 *
 * <p>Two rules need every row: the edition is the year most rows give, and a CSV file writes decimals as its values
 * tell ({@link SubmissionFormat#decimalMarkFromValues}): with a comma in a file delimited by ';' or tab unless its
 * values only ever use a point, with a point in a comma-delimited one unless they only ever use a comma. A check given
 * the file's {@link Basis} applies them as they are. A first check, made while the file is read for the first time,
 * takes the year of the first row and the decimal separator of the first value that writes one. For a file without
 * errors that is exactly what the rules give, since every row then has that year and no value writes the other
 * separator (it would not be a number): the observations it gave are the file's values. At the first error it stops
 * checking and only counts the years (those of the rows before were all the first row's): the file is rejected, and
 * {@link #needsExactCheck} asks for a check with the basis, so that its report is exactly that of a check that knew the
 * whole file.
 */
public final class FileCheck {

    /** What the whole file says: the edition of its rows and how its values write decimals. */
    public record Basis(int edition, DecimalMark decimalMark) {
    }

    private final Rules rules;
    private final SubmissionFile file;
    private final Optional<Basis> basis;
    private final PreviousValues previous;
    private final ProblemList headerProblems = new ProblemList();
    private final ProblemList rowProblems = new ProblemList();
    private final ProblemList changeProblems = new ProblemList();
    private final ProblemList editionProblems = new ProblemList();
    private final ProblemList deletions = new ProblemList();
    private final YearCount years = new YearCount();
    private Where where;
    private Optional<DecimalMark> decimalMark = Optional.empty();
    private boolean commaSeparated;
    private boolean checkingRows;
    private boolean anyRow;
    private boolean stopped;
    private boolean editionRefused;
    private RowValidator rows;
    private long values;

    FileCheck(Rules rules, SubmissionFile file, Optional<Basis> basis, PreviousValues previous) {
        this.rules = rules;
        this.file = file;
        this.basis = basis;
        this.previous = previous;
    }

    /**
     * The header, before any row. A header with errors (a column named twice) leaves the rows unchecked, as does one
     * lacking a column.
     */
    public void header(ReadResult header) {
        where = Where.of(file, header);
        if (header.hasErrors()) {
            return;
        }
        headerProblems.addAll(HeaderCheck.check(header, where));
        checkingRows = !headerProblems.hasErrors();
        decimalMark = basis.map(Basis::decimalMark).or(() -> header.format()
                .filter(format -> !format.decimalMarkFromValues()).map(SubmissionFormat::decimalMark));
        commaSeparated = header.format().flatMap(SubmissionFormat::delimiter)
                .filter(delimiter -> delimiter == SubmissionFormat.Delimiter.COMMA).isPresent();
    }

    /** The next row of the file; its observation when the row is valid and the file has shown no error so far. */
    public Optional<Observation> row(SubmittedRow row) {
        anyRow = true;
        if (stopped) {
            years.add(row);
            return Optional.empty();
        }
        if (!checkingRows || editionRefused) {
            return Optional.empty();
        }
        if (rows == null) {
            int edition = basis.map(Basis::edition).orElseGet(() -> YearCount.year(row));
            rows = new RowValidator(rules.codebook(), rules.indicatorPositions(), rules.countries(),
                    new ValueCheck(rules.referenceData(), decimalMark, where), file.folderCountry(), edition, where,
                    commaSeparated, structureCheck(edition));
            if (edition != 0) {
                editionProblems.addAll(EditionCheck.check(file.fileName(), where, row.row(), edition,
                        rules.admissions()));
            }
            if (editionProblems.hasErrors()) {
                // A file for an edition that does not take it hands on no value; its rows are not checked further.
                editionRefused = true;
                if (basis.isEmpty()) {
                    stopped = true;
                    years.add(row);
                }
                return Optional.empty();
            }
        }
        RowValidator.Outcome outcome = rows.validate(row);
        if (!outcome.problems().isEmpty()) {
            rowProblems.addAll(outcome.problems());
            if (basis.isEmpty()) {
                // Every row before this one was valid, so of the edition's year; from here on years are counted.
                stopped = true;
                years.add(rows.edition(), values);
                years.add(row);
            }
            return Optional.empty();
        }
        if (outcome.deletion().isPresent()) {
            deletions.add(outcome.deletion().get());
            return Optional.empty();
        }
        Observation observation = outcome.observation().orElseThrow();
        values++;
        ChangeCheck.check(observation, previous, rules.maxChange(), where).ifPresent(changeProblems::add);
        return Optional.of(observation);
    }

    /** Whether this first check met an error in a row, so that the file must be checked again with its basis. */
    public boolean needsExactCheck(ReadResult read) {
        return stopped && !read.hasErrors();
    }

    /** What the whole file says, once it has been read. */
    public Basis basis(ReadResult read) {
        return basis.orElseGet(() -> new Basis(years.mostGiven(), read.decimalMark()));
    }

    /** The report, once the file has been read; {@code read} is what reading it gave in the end. */
    public ValidationReport report(ReadResult read) {
        ProblemList reading = new ProblemList();
        reading.addAll(read.problems());
        if (read.hasErrors()) {
            return ProblemList.report(file.fileName(), 0, 0, reading);
        }
        if (!checkingRows) {
            return ProblemList.report(file.fileName(), 0, 0, reading, headerProblems);
        }
        if (!anyRow) {
            ProblemList noRows = new ProblemList();
            noRows.add(SubmissionRule.NO_ROWS.problem(0, "", "", where.file() + ": the file has a header but no"
                    + " data rows. Fill in one row per indicator (" + rules.codebook().indicators().size()
                    + " indicators), as in the submission template."));
            return ProblemList.report(file.fileName(), 0, 0, reading, headerProblems, noRows);
        }
        if (editionRefused) {
            return ProblemList.report(file.fileName(), rows.edition(), 0, reading, headerProblems, editionProblems);
        }
        ProblemList leftOut = new ProblemList();
        for (Indicator indicator : rules.codebook().indicators()) {
            if (!rows.submitted(indicator)) {
                leftOut.add(SubmissionRule.NOT_SUBMITTED.problem(0, SubmissionColumn.INDICATOR.name(),
                        indicator.code(), where.file() + ": " + indicator.code() + " (" + indicator.name()
                                + ") is not in the file; it is treated as missing. Add a row with its value, or with"
                                + " OBS_STATUS M to confirm that it is not available."));
            }
        }
        return ProblemList.report(file.fileName(), rows.edition(), values, reading, headerProblems, editionProblems,
                rowProblems, deletions, changeProblems, leftOut);
    }

    /** The check of the SDMX-CSV structure columns against the edition a file is for (open, without a register). */
    private StructureCheck structureCheck(int edition) {
        Optional<EditionAdmissions> admissions = rules.admissions();
        return new StructureCheck(admissions.flatMap(a -> a.dataflow(edition)),
                admissions.flatMap(a -> a.of(edition)).orElse(EditionAdmissions.Admission.OPEN), edition, where);
    }

    /** How many rows give each year, in the order the years first appear. */
    static final class YearCount {

        private final Map<Integer, Long> counts = new LinkedHashMap<>();

        void add(SubmittedRow row) {
            add(year(row), 1);
        }

        void add(int year, long rows) {
            if (year != 0 && rows > 0) {
                counts.merge(year, rows, Long::sum);
            }
        }

        /** The year most rows give (the first of equals); 0 when no row gives a four-digit year. */
        int mostGiven() {
            int edition = 0;
            long most = 0;
            for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
                if (entry.getValue() > most) {
                    edition = entry.getKey();
                    most = entry.getValue();
                }
            }
            return edition;
        }

        /** The row's four-digit year; 0 when it gives none. */
        static int year(SubmittedRow row) {
            String period = row.cell(SubmissionColumn.TIME_PERIOD);
            return RowValidator.isYear(period) ? Integer.parseInt(period) : 0;
        }
    }
}
