package eu.aireadiness.publication.workbook;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import eu.aireadiness.framework.Country;
import eu.aireadiness.publication.text.CountryOrder;
import eu.aireadiness.publication.text.CoverageText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.SubmissionStatus;

/** The "Coverage" sheet: how each country's data for the edition came in, in country-code order. */
final class XlsxCoverageSheet {

    private final PublicationTexts texts;
    private final XlsxStyles styles;

    XlsxCoverageSheet(PublicationTexts texts, XlsxStyles styles) {
        this.texts = texts;
        this.styles = styles;
    }

    void write(Workbook workbook, PublishedEdition edition, String previousEdition) {
        Sheet sheet = workbook.createSheet(texts.text("xlsx.sheet.coverage"));
        styles.table(sheet, List.of(
                new XlsxColumn(texts.text("xlsx.country-code"), 9),
                new XlsxColumn(texts.text("ranking.country"), 24),
                new XlsxColumn(texts.text("coverage.status"), 30),
                new XlsxColumn(texts.text("xlsx.file"), 30),
                new XlsxColumn(texts.text("xlsx.version"), 8),
                new XlsxColumn(texts.text("xlsx.detail"), 45),
                new XlsxColumn(texts.text("xlsx.statement"), 70)),
                edition.submissions().size(), 2);
        Map<String, Country> countries = edition.ranking().stream().map(CountryResult::country)
                .collect(Collectors.toMap(Country::code, Function.identity()));
        int rowIndex = 1;
        for (SubmissionStatus status : CountryOrder.sortedByCode(edition.submissions(), SubmissionStatus::country,
                edition.ranking(), texts)) {
            Row row = sheet.createRow(rowIndex++);
            styles.cell(row, 0, status.country());
            Country country = countries.get(status.country());
            styles.cell(row, 1, country == null ? status.country() : texts.countryName(country));
            styles.cell(row, 2, CoverageText.state(status.state(), texts));
            status.fileName().ifPresent(file -> styles.submitted(row, 3, file));
            if (status.version() > 0) {
                styles.whole(row, 4, status.version());
            }
            if (!status.current()) {
                styles.cell(row, 5, CoverageText.reason(status, texts));
            }
            styles.submittedWrapped(row, 6, CoverageText.sentence(status, texts, previousEdition));
        }
    }
}
