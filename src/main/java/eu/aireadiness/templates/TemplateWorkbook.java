package eu.aireadiness.templates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Country;

/**
 * One country's template in one language: the instructions first (the sheet Excel opens on), then Data (the name
 * the intake reads, the same in every language), then the indicators. The document's
 * dates are a fixed day of the edition, never the clock, so that two runs give the same contents.
 */
final class TemplateWorkbook {

    private final TemplateTexts texts;
    private final Codebook codebook;

    TemplateWorkbook(TemplateTexts texts, Codebook codebook) {
        this.texts = texts;
        this.codebook = codebook;
    }

    byte[] write(Country country, TemplateEdition edition, String fileName, String csvFileName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TemplateStyles styles = TemplateStyles.of(workbook);
            new InstructionsSheet(texts, styles).write(workbook.createSheet(texts.text("sheet.instructions")), country,
                    edition, fileName, csvFileName, codebook.indicators().size());
            new DataSheet(texts, styles).write(workbook.createSheet(DataSheet.NAME), country, edition,
                    codebook.indicators());
            new IndicatorsSheet(texts, styles).write(workbook.createSheet(texts.text("sheet.indicators")), codebook);
            workbook.setActiveSheet(0);
            // The language of the document, for screen readers and spell checkers.
            workbook.getProperties().getCoreProperties().getUnderlyingProperties()
                    .setLanguageProperty(texts.language());
            describe(workbook.getProperties().getCoreProperties(), country, edition.year(), edition.documentDate());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the template of " + country.code() + " for "
                    + edition.year(), e);
        }
    }

    private void describe(POIXMLProperties.CoreProperties properties, Country country, int year, LocalDate date) {
        Date fixed = Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
        properties.setCreated(Optional.of(fixed));
        properties.setModified(Optional.of(fixed));
        String[] arguments = {country.code(), texts.countryName(country), Integer.toString(year)};
        properties.setTitle(texts.text("document.title", arguments));
        properties.setCreator(texts.text("document.creator", arguments));
    }
}
