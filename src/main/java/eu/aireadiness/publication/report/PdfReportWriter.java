package eu.aireadiness.publication.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;

import eu.aireadiness.framework.Pillar;
import eu.aireadiness.publication.PublicationException;
import eu.aireadiness.publication.pdf.ArchivalMetadata;
import eu.aireadiness.publication.pdf.PageFooter;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.pdf.ReproduciblePdf;
import eu.aireadiness.publication.pdf.TaggedDocument;
import eu.aireadiness.publication.profile.CountryProfile;
import eu.aireadiness.publication.text.Branding;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PublishedEdition;

/**
 * Writes the PDF report: cover, contents, how to read the report, data coverage, key findings, the ranking
 * (landscape), the map, the changes since the previous edition, one table per pillar (landscape), the profile of
 * each country in rank order, the methodology annex, the data annex (landscape) and the colophon. Every chapter is
 * added to the {@link ReportOutline}, which gives
 * it a page, a heading, a bookmark and a line in the contents. The only date in the file is the edition's
 * publication date, and the same edition gives the same bytes (see {@link ReproduciblePdf}).
 */
public final class PdfReportWriter {

    private final PublicationTexts texts;
    private final Branding branding;

    public PdfReportWriter(PublicationTexts texts, Branding branding) {
        this.texts = texts;
        this.branding = branding;
    }

    public void write(PublishedEdition edition, Path file) throws IOException {
        ReportStyle style = ReportStyle.load(branding);
        TaggedDocument document = portraitDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter writer = document.writeTo(out);
            ReportContext report = new ReportContext(edition, texts, branding, style,
                    new NumberText(texts.locale()), document, writer);
            writer.setPageEvent(footer(report));
            String title = texts.reportTitle(edition.codebook(), edition.edition());
            ArchivalMetadata metadata = describe(report, title,
                    texts.format("pdf.subject", title, Integer.toString(edition.edition())));
            document.open();
            new CoverPage(report).add();
            chapters(report, new ReportOutline(document, writer, style)).layOut(texts.text("contents.title"));
            metadata.finish(writer);
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
    public static TaggedDocument portraitDocument() {
        return new TaggedDocument(PageSize.A4, 50, 50, 50, 64);
    }

    public static PageFooter footer(ReportContext report) {
        String editionLabel = report.texts().format("footer.edition", report.branding().titlePrefix(),
                Integer.toString(report.edition().edition()), report.edition().info().title(report.texts().language()));
        return new PageFooter(report.style(), report.texts(), editionLabel, report.illustrative());
    }

    /**
     * Title, author, subject, keywords and language of a PDF publication, and a viewer showing the title and the
     * outline; call before the document is opened, and the metadata's {@code finish} before it is closed.
     */
    public static ArchivalMetadata describe(ReportContext report, String title, String subject) {
        PublishedEdition edition = report.edition();
        PublicationTexts texts = report.texts();
        ArchivalMetadata metadata = new ArchivalMetadata(title, report.branding().publisher(), subject,
                texts.format("pdf.keywords", texts.indexName(edition.codebook()), Integer.toString(edition.edition())),
                texts.language(), edition.info().publicationDate());
        metadata.describe(report.document(), report.writer());
        return metadata;
    }
}
