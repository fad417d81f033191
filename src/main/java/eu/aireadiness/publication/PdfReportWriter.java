package eu.aireadiness.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
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
 * Writes the PDF report: cover, contents, how to read the report, data coverage, key findings, the ranking
 * (landscape), one table per pillar (landscape), and one profile per country in rank order. Every chapter is started
 * through the {@link ReportOutline}, which gives it a bookmark and a line in the contents. The only date in the file
 * is the edition's publication date.
 */
final class PdfReportWriter {

    /**
     * The contents print the pages chapters start on, known only once the report is laid out. The report is laid out
     * again with the pages of the previous layout until the pages printed are the pages found: normally twice, a
     * third time only if the contents, once filled in, moved later chapters to other pages. Why not a reserved
     * contents page filled in at the end (a PdfTemplate): its size must be fixed before the chapters are known, while
     * chapters are added by several parts of the report, and 27 profiles and the annexes may need more than a page.
     * Laying out twice costs well under a second; the contents are then ordinary text and links, like the rest.
     */
    private static final int MAX_LAYOUTS = 4;

    private final PublicationTexts texts;
    private final Branding branding;

    PdfReportWriter(PublicationTexts texts, Branding branding) {
        this.texts = texts;
        this.branding = branding;
    }

    void write(PublishedEdition edition, Path file) throws IOException {
        ReportStyle style = ReportStyle.load(branding);
        List<ReportOutline.Entry> contents = List.of();
        for (int layout = 1; layout <= MAX_LAYOUTS; layout++) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            List<ReportOutline.Entry> laidOut;
            try {
                laidOut = layOut(edition, style, contents, pdf);
            } catch (DocumentException e) {
                throw new PublicationException(file + ": the PDF report could not be laid out: " + e.getMessage(), e);
            }
            if (laidOut.equals(contents)) {
                Files.write(file, pdf.toByteArray());
                return;
            }
            contents = laidOut;
        }
        throw new PublicationException(file + ": the contents did not settle after " + MAX_LAYOUTS + " layouts: "
                + "printing the page numbers keeps moving the chapters. Check the chapters started last: " + contents);
    }

    /** Lays the report out with the given contents, and returns the chapters as they were actually laid out. */
    private List<ReportOutline.Entry> layOut(PublishedEdition edition, ReportStyle style,
                                             List<ReportOutline.Entry> contents, OutputStream out) {
        Document document = new Document(PageSize.A4, 50, 50, 50, 64);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        ReportOutline outline = new ReportOutline(document, writer, style);
        ReportContext report = new ReportContext(edition, texts, branding, style,
                new NumberText(texts.locale()), document, writer, outline);
        String editionLabel = texts.format("footer.edition", branding.titlePrefix(),
                Integer.toString(edition.edition()), edition.info().title());
        writer.setPageEvent(new PageFooter(style, texts, editionLabel, report.illustrative()));
        describe(document, writer, edition);
        document.open();
        new CoverPage(report).add();
        new ContentsPage(report, contents).add();
        new ReadingGuidePage(report).add();
        new KeyFindingsPage(report).add();
        new RankingPage(report).add();
        new PillarTablesPage(report).add();
        ReportOutline.Chapter profiles = outline.part(texts.text("contents.profiles"));
        for (CountryResult result : edition.ranking()) {
            profiles.section(texts.countryWithOwnName(result.country()));
            new CountryPage(report, result).add();
        }
        stampPublicationDate(writer, edition);
        document.close();
        return outline.entries();
    }

    /** Title, subject and keywords in the report's language, its language tag, and a viewer opening the outline. */
    private void describe(Document document, PdfWriter writer, PublishedEdition edition) {
        String title = texts.reportTitle(edition.codebook(), edition.edition());
        document.addTitle(title);
        document.addAuthor(branding.publisher());
        document.addCreator(branding.publisher());
        document.addSubject(texts.format("pdf.subject", title, Integer.toString(edition.edition())));
        document.addKeywords(texts.format("pdf.keywords", texts.indexName(edition.codebook()),
                Integer.toString(edition.edition())));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(texts.language()));
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
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
