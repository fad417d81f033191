package eu.aireadiness.dataset;

import java.util.Set;

/**
 * The latest rejected file of a country for an edition, with why it was rejected.
 *
 * @param reason     the intake's summary for the officer (file, row, column, message): internal, never published
 * @param errorRules the codes of the rules the file broke ({@code eu.aireadiness.submission.SubmissionRule} names),
 *                   from which publications derive a short reason; empty when none was recorded
 */
public record Rejection(String country, String fileName, String reason, Set<String> errorRules) {

    public Rejection {
        errorRules = Set.copyOf(errorRules);
    }
}
