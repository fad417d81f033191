package eu.aireadiness.publication.text;

import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.SubmissionStatus;

/**
 * The sentence that states how a country's data came in, shared by the PDF and the workbook. For a country without
 * current data it gives the translated reason code and what is used instead, never the intake's message to the
 * officer (file, row, column) nor the name of a rejected file.
 */
public final class CoverageText {

    private CoverageText() {
    }

    public static String sentence(SubmissionStatus status, PublicationTexts texts, String previousEdition) {
        if (status.current()) {
            String file = status.fileName().orElse(texts.text("coverage.unnamed-file"));
            return texts.format("coverage.accepted", file, Integer.toString(status.version()));
        }
        return texts.format("nocurrent.coverage", reason(status, texts), previousEdition,
                texts.text("nocurrent.flag"));
    }

    /** The translated reason code of a country without current data; empty for one with current data. */
    public static String reason(SubmissionStatus status, PublicationTexts texts) {
        return status.reason().map(r -> texts.text("nocurrent.reason." + r.name())).orElse("");
    }

    /** "the 2025 edition", or "the previous edition" when the edition has no predecessor on record. */
    public static String previousEdition(PublishedEdition edition, PublicationTexts texts) {
        return edition.previousEdition().isPresent()
                ? texts.format("edition.named", Integer.toString(edition.previousEdition().getAsInt()))
                : texts.text("edition.previous");
    }

    public static String state(SubmissionStatus.State state, PublicationTexts texts) {
        return texts.text("coverage.state." + state.name());
    }
}
