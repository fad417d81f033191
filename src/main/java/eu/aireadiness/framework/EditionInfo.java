package eu.aireadiness.framework;

import java.time.LocalDate;

/**
 * Facts about an edition that its publications print, read from {@code input/editions.csv}.
 *
 * @param publicationDate the only date printed in the publications, so that a rerun gives identical files
 * @param dataStatus      {@code official} or {@code illustrative}
 * @param dataNotice      the sentence printed on every publication about the nature of the data
 * @param state           whether the edition takes submissions and may be published ({@link EditionState})
 * @param imprint         identifiers, licence and contact printed in the colophon (empty in older editions files)
 */
public record EditionInfo(int edition, String title, LocalDate publicationDate, String dataStatus, String dataNotice,
                          EditionState state, EditionImprint imprint) {

    public EditionInfo(int edition, String title, LocalDate publicationDate, String dataStatus, String dataNotice,
                       EditionState state) {
        this(edition, title, publicationDate, dataStatus, dataNotice, state, EditionImprint.NONE);
    }

    /** An edition open for submissions, as the publications' tests and tools that publish without an intake use. */
    public EditionInfo(int edition, String title, LocalDate publicationDate, String dataStatus, String dataNotice) {
        this(edition, title, publicationDate, dataStatus, dataNotice, EditionState.OPEN);
    }
}
