package eu.aireadiness.sample;

import java.util.List;

/** One file an officer sends: the rows of a country for an edition and how the officer saved them. */
record Submission(String country, int edition, FileLayout layout, List<SubmissionRow> rows) {

    Submission {
        rows = List.copyOf(rows);
    }
}
