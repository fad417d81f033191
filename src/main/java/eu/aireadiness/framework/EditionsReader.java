package eu.aireadiness.framework;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code editions.csv}: one row per edition with its title, publication date, the nature of its data and its
 * state ({@code open}, {@code published} or {@code revision}, see {@link EditionState}). Optional columns
 * {@code title_<language>} and {@code data_notice_<language>} give the title and the notice in another language
 * (ISO 639-1 code); without them, or with the cell empty, the publications in that language print the English text.
 * The optional columns {@code isbn}, {@code doi}, {@code catalogue_number}, {@code licence} and {@code contact} give
 * what its colophon prints ({@link EditionImprint}); a file without them still loads. The optional column
 * {@code dataflow} names the SDMX dataflow of the edition's submissions ({@link DataflowId}), and
 * {@code submission_deadline} the date officers are asked to send their files by, on or before the publication date.
 */
public final class EditionsReader {

    /** Files written before editions had a state lack the column; say what to put in it rather than list columns. */
    private static final String STATE_ADVICE = "files of versions before editions had a state lack it: add a column"
            + " 'state' with 'published' for every edition already published and 'open' for the one taking"
            + " submissions (or 'revision' for a published edition reopened for corrections)";

    private EditionsReader() {
    }

    private static Optional<LocalDate> deadline(CsvTables.Row row, LocalDate publication) {
        String text = row.text("submission_deadline");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LocalDate deadline;
        try {
            deadline = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw row.problem("column 'submission_deadline': expected a date as YYYY-MM-DD, found '" + text + "'");
        }
        if (deadline.isAfter(publication)) {
            throw row.problem("column 'submission_deadline': " + deadline + " is after the publication date "
                    + publication + "; set a deadline on or before it, or leave the cell empty");
        }
        return Optional.of(deadline);
    }

    private static Optional<DataflowId> dataflow(CsvTables.Row row) {
        if (row.text("dataflow").isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DataflowId.parse(row.text("dataflow")));
        } catch (IllegalArgumentException e) {
            throw row.problem("column 'dataflow': " + e.getMessage());
        }
    }

    public static List<EditionInfo> read(Path file) {
        Set<String> columns = Set.of("edition", "title", "publication_date", "data_status", "data_notice", "state");
        return CsvTables.read(file, columns, Map.of("state", STATE_ADVICE), row -> {
            String status = row.required("data_status");
            if (!status.equals("official") && !status.equals("illustrative")) {
                throw row.problem("column 'data_status': expected 'official' or 'illustrative', found '" + status + "'");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(row.required("publication_date"));
            } catch (DateTimeParseException e) {
                throw row.problem("column 'publication_date': expected a date as YYYY-MM-DD, found '"
                        + row.text("publication_date") + "'");
            }
            String state = row.required("state");
            EditionState editionState = EditionState.of(state).orElseThrow(() -> row.problem("column 'state':"
                    + " expected 'open' (taking submissions), 'published' (closed) or 'revision' (published, reopened"
                    + " for corrections), found '" + state + "'"));
            return new EditionInfo(row.integer("edition"), row.required("title"), date, status, row.text("data_notice"),
                    editionState, row.translated("title"), row.translated("data_notice"),
                    new EditionImprint(row.text("isbn"), row.text("doi"), row.text("catalogue_number"),
                            row.text("licence"), row.text("contact")), dataflow(row), deadline(row, date));
        });
    }
}
