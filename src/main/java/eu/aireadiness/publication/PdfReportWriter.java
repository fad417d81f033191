package eu.aireadiness.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes the PDF report: cover, how to read the report and data coverage, the ranking (landscape), and one page
 * per country in rank order, then the methodology annex and the data annex (landscape). The only date in the file
 * is the edition's publication date, and the same edition gives the same bytes (see {@link ReproduciblePdf}).
 */
final class PdfReportWriter {

    private final PublicationTexts texts;
    private final Branding branding;

    PdfReportWriter(PublicationTexts texts, Branding branding) {
        this.texts = texts;
        this.branding = branding;
    }

    void write(PublishedEdition edition, Path file) throws IOException {
        ReportStyle style = ReportStyle.load(branding);
        Document document = new Document(PageSize.A4, 50, 50, 50, 64);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            ReportContext report = new ReportContext(edition, texts, branding, style,
                    new NumberText(texts.locale()), document, writer);
            String editionLabel = texts.format("footer.edition", branding.titlePrefix(),
                    Integer.toString(edition.edition()), edition.info().title());
            writer.setPageEvent(new PageFooter(style, texts, editionLabel, report.illustrative()));
            describe(document, writer, edition);
            document.open();
            new CoverPage(report).add();
            document.newPage();
            new ReadingGuidePage(report).add();
            document.setPageSize(PageSize.A4.rotate());
            document.newPage();
            new RankingPage(report).add();
            document.setPageSize(PageSize.A4);
            document.newPage();
            new MapPage(report).add();
            for (CountryResult result : edition.ranking()) {
                document.newPage();
                new CountryPage(report, result).add();
            }
            new MethodologyAnnex(report).add();
            new DataAnnex(report).add();
            stampPublicationDate(writer, edition);
            document.close();
        } catch (DocumentException e) {
            throw new PublicationException(file + ": the PDF report could not be laid out: " + e.getMessage(), e);
        }
        Files.write(file, ReproduciblePdf.withContentFileId(out.toByteArray()));
    }

    private void describe(Document document, PdfWriter writer, PublishedEdition edition) {
        document.addTitle(edition.info().title());
        document.addAuthor(branding.publisher());
        document.addCreator(branding.publisher());
        document.addSubject(texts.format("pdf.subject", edition.info().title(), Integer.toString(edition.edition())));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(texts.language()));
    }

    /** OpenPDF stamps the current time as creation date: replace it, so that a rerun gives the same content. */
    private static void stampPublicationDate(PdfWriter writer, PublishedEdition edition) {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        date.clear();
        date.set(edition.info().publicationDate().getYear(), edition.info().publicationDate().getMonthValue() - 1,
                edition.info().publicationDate().getDayOfMonth());
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(date));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(date));
    }
}
