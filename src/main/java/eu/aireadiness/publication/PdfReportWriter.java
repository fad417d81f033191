package eu.aireadiness.publication;

import java.io.IOException;
import java.io.OutputStream;
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
 * Writes the PDF report: cover, how to read the report and data coverage, the ranking (landscape), and the two-page
 * profile of each country in rank order. The only date in the file is the edition's publication date.
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
        Document document = portraitDocument();
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            ReportContext report = new ReportContext(edition, texts, branding, style,
                    new NumberText(texts.locale()), document, writer);
            writer.setPageEvent(footer(report));
            describe(report, edition.info().title(),
                    texts.format("pdf.subject", edition.info().title(), Integer.toString(edition.edition())));
            document.open();
            new CoverPage(report).add();
            document.newPage();
            new ReadingGuidePage(report).add();
            document.setPageSize(PageSize.A4.rotate());
            document.newPage();
            new RankingPage(report).add();
            document.setPageSize(PageSize.A4);
            for (CountryResult result : edition.ranking()) {
                document.newPage();
                new CountryProfile(report, result).add();
            }
            stampPublicationDate(writer, edition);
            document.close();
        } catch (DocumentException e) {
            throw new PublicationException(file + ": the PDF report could not be laid out: " + e.getMessage(), e);
        }
    }

    /** An A4 portrait document with the margins of every PDF publication (the footer sits in the bottom one). */
    static Document portraitDocument() {
        return new Document(PageSize.A4, 50, 50, 50, 64);
    }

    static PageFooter footer(ReportContext report) {
        String editionLabel = report.texts().format("footer.edition", report.branding().titlePrefix(),
                Integer.toString(report.edition().edition()), report.edition().info().title());
        return new PageFooter(report.style(), report.texts(), editionLabel, report.illustrative());
    }

    /** Title, author, subject and language of a PDF publication; call before the document is opened. */
    static void describe(ReportContext report, String title, String subject) {
        report.document().addTitle(title);
        report.document().addAuthor(report.branding().publisher());
        report.document().addCreator(report.branding().publisher());
        report.document().addSubject(subject);
        report.writer().getExtraCatalog().put(PdfName.LANG, new PdfString(report.texts().language()));
    }

    /** OpenPDF stamps the current time as creation date: replace it, so that a rerun gives the same content. */
    static void stampPublicationDate(PdfWriter writer, PublishedEdition edition) {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        date.clear();
        date.set(edition.info().publicationDate().getYear(), edition.info().publicationDate().getMonthValue() - 1,
                edition.info().publicationDate().getDayOfMonth());
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(date));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(date));
    }
}
