package eu.aireadiness.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import eu.aireadiness.submission.SubmissionColumn;
import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.validation.EditionAdmissions.Admission;

/**
 * Whether a file may change the edition its TIME_PERIOD names: the edition must be listed and open for submissions,
 * and a year in the file's name must be that edition. A file refused here changes no edition, whatever its rows
 * hold; one accepted for a published edition (a revision, or the initial load of a new installation) is flagged.
 */
final class EditionCheck {

    private EditionCheck() {
    }

    /**
     * The problems of a file whose rows are for {@code edition} (not 0); the file is refused when one is an error.
     *
     * @param where      the file, as messages name it
     * @param firstRow   the row that gave the edition, where the problem is shown
     * @param admissions which editions take files, or empty when every edition does (a check without a register)
     */
    static List<ValidationProblem> check(String fileName, Where where, long firstRow, int edition,
                                         Optional<EditionAdmissions> admissions) {
        List<ValidationProblem> problems = new ArrayList<>();
        TreeSet<Integer> nameYears = yearsInName(fileName);
        if (!nameYears.isEmpty() && !nameYears.contains(edition)) {
            String named = nameYears.stream().map(String::valueOf).collect(Collectors.joining(" and "));
            problems.add(SubmissionRule.FILE_NAME_YEAR.problem(firstRow, SubmissionColumn.TIME_PERIOD.name(),
                    Integer.toString(edition), where.file() + ": the file name says " + named + " but TIME_PERIOD"
                            + " is " + edition + ", so the file was refused and changed neither edition. If the"
                            + " values are for " + named + ", correct TIME_PERIOD; if they are for " + edition
                            + ", rename the file. Then drop it again."));
        }
        if (admissions.isEmpty()) {
            return problems;
        }
        EditionAdmissions editions = admissions.get();
        Admission admission = editions.of(edition).orElse(null);
        if (admission == null) {
            problems.add(SubmissionRule.UNKNOWN_EDITION.problem(firstRow, SubmissionColumn.TIME_PERIOD.name(),
                    Integer.toString(edition), where.file() + ": TIME_PERIOD " + edition + " is not an edition of"
                            + " the index (editions " + editions.listed() + "); the editions open for submissions"
                            + " are " + editions.openEditions() + ". Correct TIME_PERIOD and drop the file again."));
            return problems;
        }
        switch (admission) {
            case OPEN -> { }
            case CLOSED -> problems.add(SubmissionRule.EDITION_PUBLISHED.problem(firstRow,
                    SubmissionColumn.TIME_PERIOD.name(), Integer.toString(edition), where.file() + ": edition "
                            + edition + " is published and closed for submissions (open: "
                            + editions.openEditions() + "), so the file was refused and changed nothing. If the"
                            + " values are for another edition, correct TIME_PERIOD. If they correct the published "
                            + edition + " data, ask the index team to open edition " + edition + " for revision"
                            + " (state 'revision' in editions.csv), then drop the file again."));
            case REVISION -> problems.add(SubmissionRule.EDITION_REVISION.problem(firstRow,
                    SubmissionColumn.TIME_PERIOD.name(), Integer.toString(edition), where.file() + ": edition "
                            + edition + " is published and open for revision: if accepted, this file becomes a"
                            + " revision of it, listed with the values it changes and its NOTE texts in the notes"
                            + " of the next publication. The published " + edition + " files are not changed."));
            case INITIAL_LOAD -> problems.add(SubmissionRule.EDITION_INITIAL_LOAD.problem(firstRow,
                    SubmissionColumn.TIME_PERIOD.name(), Integer.toString(edition), where.file() + ": edition "
                            + edition + " is published and held no data in this database when the intake started:"
                            + " the file is taken in as part of the initial load of the published edition. Once"
                            + " loaded, the edition is closed to further files."));
            default -> throw new IllegalStateException("unhandled admission " + admission);
        }
        return problems;
    }

    /** The four-digit years 1900 to 2199 that stand alone in a file name (not part of a longer number). */
    static TreeSet<Integer> yearsInName(String fileName) {
        TreeSet<Integer> years = new TreeSet<>();
        int i = 0;
        while (i < fileName.length()) {
            if (fileName.charAt(i) < '0' || fileName.charAt(i) > '9') {
                i++;
                continue;
            }
            int start = i;
            while (i < fileName.length() && fileName.charAt(i) >= '0' && fileName.charAt(i) <= '9') {
                i++;
            }
            String digits = fileName.substring(start, i);
            boolean century = digits.startsWith("19") || digits.startsWith("20") || digits.startsWith("21");
            if (digits.length() == 4 && century) {
                years.add(Integer.parseInt(digits));
            }
        }
        return years;
    }
}
