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

import eu.aireadiness.framework.Pillar;

/**
 * Writes the PDF report: cover, contents, how to read the report, data coverage, key findings, the ranking
 * (landscape), the map, the changes since the previous edition, one table per pillar (landscape), the profile of
 * each country in rank order, the methodology annex, the data annex (landscape) and the colophon. Every chapter is
 * added to the {@link ReportOutline}, which gives
 * it a page, a heading, a bookmark and a line in the contents. The only date in the file is the edition's
 * publication date, and the same edition gives the same bytes (see {@link ReproduciblePdf}).
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            ReportContext report = new ReportContext(edition, texts, branding, style,
                    new NumberText(texts.locale()), document, writer);
            writer.setPageEvent(footer(report));
            String title = texts.reportTitle(edition.codebook(), edition.edition());
            describe(report, title, texts.format("pdf.subject", title, Integer.toString(edition.edition())));
            document.open();
            new CoverPage(report).add();
            chapters(report, new ReportOutline(document, writer, style)).layOut(texts.text("contents.title"));
            stampPublicationDate(writer, edition);
            document.close();
        } catch (DocumentException e) {
            throw new PublicationException(file + ": the PDF report could not be laid out: " + e.getMessage(), e);
        }
        Files.write(file, ReproduciblePdf.withContentFileId(out.toByteArray()));
    }

    /** The chapters in reading order; add a chapter here, with one call (see {@link ReportOutline}). */
    private ReportOutline chapters(ReportContext report, ReportOutline outline) {
        PublishedEdition edition = report.edition();
        ReadingGuidePage guide = new ReadingGuidePage(report);
        outline.chapter(texts.text("guide.title"), guide::addGuide);
        outline.chapter(texts.text("coverage.title"), guide::addCoverage);
        outline.chapter(texts.text("findings.title"), () -> new KeyFindingsPage(report).add());
        outline.chapter(texts.text("ranking.title"), PageSize.A4.rotate(), () -> new RankingPage(report).add());
        outline.chapter(texts.text("map.title"), () -> new MapPage(report).add());
        outline.chapter(ChangesPage.title(report), () -> new ChangesPage(report).add());
        ReportOutline.Chapter pillars = outline.part(texts.text("pillars.title"), PageSize.A4.rotate());
        for (Pillar pillar : edition.codebook().pillars()) {
            pillars.section(PillarTablePage.heading(texts, pillar), () -> new PillarTablePage(report, pillar).add());
        }
        ReportOutline.Chapter profiles = outline.part(texts.text("contents.profiles"));
        for (CountryResult result : edition.ranking()) {
            profiles.sheet(texts.countryWithOwnName(result.country()), () -> new CountryProfile(report, result).add());
        }
        outline.chapter(texts.text("annex.methodology.title"), () -> new MethodologyAnnex(report).add());
        outline.chapter(texts.text("annex.data.title"), PageSize.A4.rotate(), () -> new DataAnnex(report).add());
        outline.chapter(texts.text("colophon.title"), () -> new ColophonPage(report).add());
        return outline;
    }

    /** An A4 portrait document with the margins of every PDF publication (the footer sits in the bottom one). */
    static Document portraitDocument() {
        return new Document(PageSize.A4, 50, 50, 50, 64);
    }

    static PageFooter footer(ReportContext report) {
        String editionLabel = report.texts().format("footer.edition", report.branding().titlePrefix(),
                Integer.toString(report.edition().edition()), report.edition().info().title(report.texts().language()));
        return new PageFooter(report.style(), report.texts(), editionLabel, report.illustrative());
    }

    /**
     * Title, author, subject, keywords and language of a PDF publication, and a viewer showing the title and the
     * outline; call before the document is opened.
     */
    static void describe(ReportContext report, String title, String subject) {
        PublishedEdition edition = report.edition();
        PublicationTexts texts = report.texts();
        report.document().addTitle(title);
        report.document().addAuthor(report.branding().publisher());
        report.document().addCreator(report.branding().publisher());
        report.document().addSubject(subject);
        report.document().addKeywords(texts.format("pdf.keywords", texts.indexName(edition.codebook()),
                Integer.toString(edition.edition())));
        report.writer().getExtraCatalog().put(PdfName.LANG, new PdfString(texts.language()));
        report.writer().setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
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
