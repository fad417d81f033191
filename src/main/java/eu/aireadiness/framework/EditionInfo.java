package eu.aireadiness.framework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Facts about an edition that its publications print, read from {@code input/editions.csv}.
 *
 * @param title           the edition's title in English
 * @param publicationDate the only date printed in the publications, so that a rerun gives identical files
 * @param dataStatus      {@code official} or {@code illustrative}
 * @param dataNotice      the sentence printed on every publication about the nature of the data, in English
 * @param state           whether the edition takes submissions and may be published ({@link EditionState})
 * @param titles          the title with its translations (columns {@code title_<language>})
 * @param dataNotices     the data notice with its translations (columns {@code data_notice_<language>})
 * @param imprint         identifiers, licence and contact printed in the colophon (empty in older editions files)
 * @param dataflow        the SDMX dataflow its submissions in SDMX-CSV must name (column {@code dataflow}); empty
 *                        when the file gives none, and the structure an SDMX-CSV file names is then not checked
 * @param submissionDeadline the date by which officers are asked to send their files (column
 *                        {@code submission_deadline}), shown to them; files that come later are still taken in
 *                        while the edition is open, since the index is better with them than without
 */
public record EditionInfo(int edition, String title, LocalDate publicationDate, String dataStatus, String dataNotice,
                          EditionState state, TranslatedText titles, TranslatedText dataNotices,
                          EditionImprint imprint, Optional<DataflowId> dataflow,
                          Optional<LocalDate> submissionDeadline) {

    public EditionInfo {
        Objects.requireNonNull(titles, "titles");
        Objects.requireNonNull(dataNotices, "dataNotices");
        Objects.requireNonNull(imprint, "imprint");
        Objects.requireNonNull(dataflow, "dataflow");
        Objects.requireNonNull(submissionDeadline, "submissionDeadline");
    }

    /** An edition whose title and notice are given in English only, without a colophon's identifiers. */
    public EditionInfo(int edition, String title, LocalDate publicationDate, String dataStatus, String dataNotice,
                       EditionState state) {
        this(edition, title, publicationDate, dataStatus, dataNotice, state, TranslatedText.english(title),
                TranslatedText.english(dataNotice), EditionImprint.NONE, Optional.empty(), Optional.empty());
    }

    /** An edition open for submissions, as the publications' tests and tools that publish without an intake use. */
    public EditionInfo(int edition, String title, LocalDate publicationDate, String dataStatus, String dataNotice) {
        this(edition, title, publicationDate, dataStatus, dataNotice, EditionState.OPEN);
    }

    /** The title in the language, English where {@code editions.csv} gives none in it. */
    public String title(String language) {
        return titles.translations().getOrDefault(language, title);
    }

    /** The data notice in the language, English where {@code editions.csv} gives none in it. */
    public String dataNotice(String language) {
        return dataNotices.translations().getOrDefault(language, dataNotice);
    }
}
