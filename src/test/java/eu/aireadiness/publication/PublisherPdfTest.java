package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PublishedEdition;

/** Reads the PDF report back with PDFBox, as a reader's tools would. */
public class PublisherPdfTest {

    public static final Path TEMPLATES = Path.of("output-templates");

    @TempDir
    static Path output;

    static PublishedEdition edition;
    static Path pdf;
    static ReportPdf report;

    @BeforeAll
    static void publish() throws IOException {
        edition = SampleEdition.build();
        new Publisher(TEMPLATES).publish(edition, output.resolve("2026"));
        pdf = output.resolve("2026/AIRI-2026-report-en.pdf");
        report = ReportPdf.read(pdf);
    }

    @Test
    void theReportIsNamedAfterEditionAndLanguage() {
        assertThat(pdf.getFileName()).hasToString("AIRI-2026-report-en.pdf");
    }

    @Test
    void theRankingListsEveryCountryWithItsRankAndIndexScoreAsPrinted() throws IOException {
        String ranking = report.flatPage(report.bookmark("Ranking").page());
        for (CountryResult result : edition.ranking()) {
            String score = new BigDecimal(result.indexScore()).setScale(1, RoundingMode.HALF_UP).toPlainString();
            assertThat(ranking).as(result.country().code())
                    .contains(result.rank() + " " + SampleEdition.flagged(result.country().code(), countryName(result))
                            + " " + score);
        }
        assertThat(ranking).contains("Greece (Ελλάδα)", "Bulgaria (България)", "Czechia (Česko)",
                "Austria (Österreich)");
    }

    @Test
    void everyCountryHasAFourPageProfileWithItsRankAndIndexScore() throws IOException {
        for (int i = 0; i < edition.ranking().size(); i++) {
            CountryResult result = edition.ranking().get(i);
            int first = report.bookmark("Country profiles").children().get(i).page();
            String page = report.flatPage(first) + " " + report.flatPage(first + 1) + " "
                    + report.flatPage(first + 2) + " " + report.flatPage(first + 3);
            String score = new BigDecimal(result.indexScore()).setScale(1, RoundingMode.HALF_UP).toPlainString();
            assertThat(page).startsWith("European AI Readiness Index 2026 · Country profile · European AI Readiness"
                    + " Office " + countryName(result) + " ")
                    .contains("Rank " + SampleEdition.flagged(result.country().code(), Integer.toString(result.rank()))
                            + " of 27", "Index score " + score, "indicators");
            for (var indicator : edition.codebook().indicators()) {
                assertThat(page).contains(indicator.code());
            }
        }
    }

    @Test
    void theCoverageStatesHowEachCountrysDataCameIn() throws IOException {
        String guide = report.flatPage(report.bookmark("How to read this report").page())
                + report.flatPage(report.bookmark("Data coverage").page());
        assertThat(guide).contains("No current data (submission rejected: values failed validation). The values of"
                        + " the 2025 edition are used instead",
                "No current data (no submission received). The values of the 2025 edition are used",
                "Accepted submission DE-2026-submission.csv, version 1.", "Carried forward");
    }

    @Test
    void theCoverCarriesTheTitleAndTheDataNotice() throws IOException {
        String cover = text(1, 1);
        assertThat(cover).contains("European AI Readiness Index 2026", "Edition 2026", "Published 1 December 2026",
                "They are not official statistics");
    }

    @Test
    void everyPageHasTheFooterWithPageNumberAndIllustrativeNotice() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2 * 27);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                assertThat(report.flatPage(page)).as("page " + page)
                        .contains("AIRI 2026", "Page " + page, "Illustrative data — not official statistics");
            }
        }
    }

    @Test
    void allFontsAreEmbedded() throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).endsWith("embedded"));
    }

    @Test
    void theMetadataNameTheEditionAndCarryOnlyThePublicationDate() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            var info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("European AI Readiness Index 2026");
            assertThat(info.getAuthor()).isEqualTo("European AI Readiness Office");
            assertThat(info.getSubject()).contains("European AI Readiness Index 2026");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            for (Calendar date : List.of(info.getCreationDate(), info.getModificationDate())) {
                date.setTimeZone(TimeZone.getTimeZone("UTC"));
                assertThat(date.get(Calendar.YEAR)).isEqualTo(2026);
                assertThat(date.get(Calendar.MONTH)).isEqualTo(Calendar.DECEMBER);
                assertThat(date.get(Calendar.DAY_OF_MONTH)).isEqualTo(1);
                assertThat(date.get(Calendar.HOUR_OF_DAY)).isZero();
            }
        }
        String raw = Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(java.util.regex.Pattern.compile("D:\\d{8}").matcher(raw).results().map(m -> m.group()).toList())
                .isNotEmpty().containsOnly("D:20261201");
    }

    static String text(int first, int last) throws IOException {
        return text(pdf, first, last);
    }

    static String text(Path file, int first, int last) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(first);
            stripper.setEndPage(last);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    static String countryName(CountryResult result) {
        var country = result.country();
        return country.nativeName().contains(country.englishName()) ? country.englishName()
                : country.englishName() + " (" + country.nativeName() + ")";
    }

    private static void collectFonts(PDResources resources, List<String> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}
