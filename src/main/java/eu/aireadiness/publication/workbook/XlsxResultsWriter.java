package eu.aireadiness.publication.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.util.LocaleUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import eu.aireadiness.framework.DeterministicZip;
import eu.aireadiness.publication.text.Branding;
import eu.aireadiness.publication.text.CoverageText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.PublishedEdition;

/**
 * Writes the results workbook: Read me, Ranking and Pillars (each with a native chart), Indicators, Rank intervals,
 * Coverage, Codebook and Sources.
 *
 * <p>The sheets with charts are built in memory (XSSF), since a chart reads its cells back; the workbook is then
 * wrapped in a streaming SXSSF workbook, which keeps those sheets and their drawings as they are and writes the
 * following sheets row by row to temporary files, so that the long Indicators table of a large edition does not
 * have to fit in memory. Both share one set of cell styles. The bytes depend only on the edition: the document's
 * dates and the zip entries' times are the publication date.
 */
public final class XlsxResultsWriter {

    /** Rows of a streamed sheet kept in memory before they are flushed to its temporary file. */
    private static final int STREAMING_WINDOW = 200;

    private final PublicationTexts texts;
    private final Branding branding;

    public XlsxResultsWriter(PublicationTexts texts, Branding branding) {
        this.texts = texts;
        this.branding = branding;
    }

    /**
     * POI takes the language of chart texts, and the time zone of dates, from settings of the thread that default to
     * the machine's: give it the publication's language and UTC, so that the file does not depend on the machine.
     */
    public void write(PublishedEdition edition, Path file) throws IOException {
        LocaleUtil.setUserLocale(texts.locale());
        LocaleUtil.setUserTimeZone(LocaleUtil.TIMEZONE_UTC);
        try {
            writeWorkbook(edition, file);
        } finally {
            LocaleUtil.resetUserLocale();
            LocaleUtil.resetUserTimeZone();
        }
    }

    private void writeWorkbook(PublishedEdition edition, Path file) throws IOException {
        String previousEdition = CoverageText.previousEdition(edition, texts);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook, branding);
            new XlsxReadMeSheet(texts, branding, styles).write(workbook, edition, previousEdition);
            new XlsxRankingSheet(texts, branding, styles).write(workbook, edition, previousEdition);
            new XlsxPillarsSheet(texts, branding, styles).write(workbook, edition);
            describe(workbook.getProperties().getCoreProperties(), edition);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            // Closing deletes the temporary files and closes the in-memory workbook too; the outer
            // try-with-resources closing it again does nothing.
            try (SXSSFWorkbook streaming = new SXSSFWorkbook(workbook, STREAMING_WINDOW)) {
                new XlsxIndicatorsSheet(texts, styles).write(streaming, edition);
                new XlsxRankIntervalsSheet(texts, styles).write(streaming, edition);
                new XlsxCoverageSheet(texts, styles).write(streaming, edition, previousEdition);
                new XlsxCodebookSheet(texts, styles).write(streaming, edition);
                new XlsxSourcesSheet(texts, styles).write(streaming, edition);
                streaming.write(bytes);
            }
            Files.write(file, DeterministicZip.normalise(bytes.toByteArray(),
                    edition.info().publicationDate().atStartOfDay()));
        }
    }

    /** Title, author and the publication date as creation date, instead of the time of writing. */
    private void describe(POIXMLProperties.CoreProperties properties, PublishedEdition edition) {
        Date published = Date.from(edition.info().publicationDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        properties.setTitle(edition.info().title(texts.language()));
        properties.setCreator(branding.publisher());
        properties.setSubjectProperty(texts.format("pdf.subject", edition.info().title(texts.language()),
                Integer.toString(edition.edition())));
        properties.setCreated(Optional.of(published));
        properties.setModified(Optional.of(published));
    }
}
