package eu.aireadiness.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.util.LocaleUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import eu.aireadiness.framework.DeterministicZip;

/**
 * Writes the results workbook: Read me, Ranking (with a native bar chart), Pillars, Indicators, Codebook and
 * Coverage. XSSF rather than SXSSF: the chart needs the whole sheet, and the sheets are small. The bytes depend only on
 * the edition: the document's dates and the zip entries' times are the publication date.
 */
final class XlsxResultsWriter {

    private final PublicationTexts texts;
    private final Branding branding;

    XlsxResultsWriter(PublicationTexts texts, Branding branding) {
        this.texts = texts;
        this.branding = branding;
    }

    /**
     * POI takes the language of chart texts, and the time zone of dates, from settings of the thread that default to
     * the machine's: give it the publication's language and UTC, so that the file does not depend on the machine.
     */
    void write(PublishedEdition edition, Path file) throws IOException {
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
            XlsxTextSheets textSheets = new XlsxTextSheets(texts, styles);
            XlsxScoreSheets scoreSheets = new XlsxScoreSheets(texts, styles);
            textSheets.writeReadMe(workbook, edition, previousEdition);
            new XlsxRankingSheet(texts, branding, styles).write(workbook, edition, previousEdition);
            scoreSheets.writePillars(workbook, edition);
            scoreSheets.writeIndicators(workbook, edition);
            textSheets.writeCodebook(workbook, edition);
            textSheets.writeCoverage(workbook, edition, previousEdition);
            describe(workbook.getProperties().getCoreProperties(), edition);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            Files.write(file, DeterministicZip.normalise(bytes.toByteArray(),
                    edition.info().publicationDate().atStartOfDay()));
        }
    }

    /** Title, author and the publication date as creation date, instead of the time of writing. */
    private void describe(POIXMLProperties.CoreProperties properties, PublishedEdition edition) {
        Date published = Date.from(edition.info().publicationDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        properties.setTitle(edition.info().title());
        properties.setCreator(branding.publisher());
        properties.setSubjectProperty(texts.format("pdf.subject", edition.info().title(),
                Integer.toString(edition.edition())));
        properties.setCreated(Optional.of(published));
        properties.setModified(Optional.of(published));
    }
}
