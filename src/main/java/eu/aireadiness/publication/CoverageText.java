package eu.aireadiness.publication;

/** The sentence that states how a country's data came in, shared by the PDF and the workbook. */
final class CoverageText {

    private CoverageText() {
    }

    static String sentence(SubmissionStatus status, PublicationTexts texts, String previousEdition) {
        String file = status.fileName().orElse(texts.text("coverage.unnamed-file"));
        return switch (status.state()) {
            case ACCEPTED -> texts.format("coverage.accepted", file, Integer.toString(status.version()));
            case REJECTED_CARRIED_FORWARD -> texts.format("coverage.rejected", file, reason(status.detail()),
                    previousEdition);
            case NOT_SUBMITTED_CARRIED_FORWARD -> texts.format("coverage.not-submitted", previousEdition);
        };
    }

    /** "the 2025 edition", or "the previous edition" when the edition has no predecessor on record. */
    static String previousEdition(PublishedEdition edition, PublicationTexts texts) {
        return edition.previousEdition().isPresent()
                ? texts.format("edition.named", Integer.toString(edition.previousEdition().getAsInt()))
                : texts.text("edition.previous");
    }

    static String state(SubmissionStatus.State state, PublicationTexts texts) {
        return texts.text("coverage.state." + state.name());
    }

    private static String reason(String detail) {
        String reason = detail.strip();
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }
}
