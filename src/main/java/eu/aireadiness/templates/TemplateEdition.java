package eu.aireadiness.templates;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

import eu.aireadiness.framework.DataflowId;
import eu.aireadiness.framework.EditionInfo;
import eu.aireadiness.framework.EditionState;

/**
 * What the templates take from the edition's row of {@code editions.csv}.
 *
 * @param year         the edition
 * @param documentDate the date written into the workbooks' properties: the publication date, never the clock
 * @param dataflow     what the templates write in {@code STRUCTURE_ID}, and what the intake checks it against
 * @param revision     whether the edition is a published one opened for corrections, the only state in which a row
 *                     may delete a published value ({@code ACTION} D)
 */
record TemplateEdition(int year, LocalDate documentDate, DataflowId dataflow, boolean revision) {

    TemplateEdition {
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(dataflow, "dataflow");
    }

    /**
     * The edition as {@code editions.csv} lists it; refused, naming the file and the column, when the row names no
     * dataflow: a template in SDMX-CSV must name the structure its rows are for.
     */
    static TemplateEdition of(EditionInfo edition, Path editionsFile) {
        DataflowId dataflow = edition.dataflow().orElseThrow(() -> new TemplateException(editionsFile + ": edition "
                + edition.edition() + " names no dataflow (column 'dataflow'), which the templates write in"
                + " STRUCTURE_ID and the intake checks; add it in the form AGENCY:ID(VERSION), e.g."
                + " AIRI:DF_AIRI(1.0), then run 'templates' again."));
        return new TemplateEdition(edition.edition(), edition.publicationDate(), dataflow,
                edition.state() == EditionState.REVISION);
    }
}
