package eu.aireadiness.publication.profile;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfWriter;
import eu.aireadiness.publication.PublicationException;
import eu.aireadiness.publication.pdf.ArchivalMetadata;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.pdf.ReproduciblePdf;
import eu.aireadiness.publication.pdf.TaggedDocument;
import eu.aireadiness.publication.pdf.TaggedPageCopy;
import eu.aireadiness.publication.report.PdfReportWriter;
import eu.aireadiness.publication.text.Branding;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PublishedEdition;

/**
 * Writes one country's profile as a PDF of its own, for the country's officer: the same two pages as in the report,
 * with the report's footer and metadata; its title names the country, the index and the edition in the file's
 * language. The fonts are loaded once per writer and shared by its files.
 */
public final class PdfProfileWriter {

    private final PublicationTexts texts;
    private final Branding branding;
    private final ReportStyle style;
    private final ReportStyle besideCopiedPages;

    public PdfProfileWriter(PublicationTexts texts, Branding branding) {
        this.texts = texts;
        this.branding = branding;
        this.style = ReportStyle.load(branding);
        this.besideCopiedPages = ReportStyle.besideCopiedPages(branding);
    }

    /**
     * The file's name inside the edition's folder, {@code profiles/<index>-<year>-<CC>-<language>.pdf} (such as
     * {@code profiles/AIRI-2026-DE-en.pdf}): the index's short name from the branding first, so that a profile saved
     * or forwarded on its own still says what it is, and in the order of the report's name.
     */
    public static String fileName(Branding branding, PublishedEdition edition, CountryResult result, PublicationTexts texts) {
        return "profiles/" + branding.titlePrefix() + "-" + edition.edition() + "-" + result.country().code() + "-"
                + texts.language() + ".pdf";
    }

    /**
     * Lays the profile out on its own, in a file of its own: for a profile without a report. The publication copies
     * the profiles from their report instead, where they are laid out already.
     */
    public void write(PublishedEdition edition, CountryResult result, Path file) throws IOException {
        write(edition, result, file, style, report -> new CountryProfile(report, result).add());
    }

    /**
     * Writes the profile's file from the profile's pages in the report of the same language, read by {@code report}
     * and starting at page {@code firstPage}: the profile is laid out once, in the report, and this file copies its
     * pages and their structure (the country's heading becomes the file's H1) under its own footer, numbered from 1,
     * and its own title and metadata.
     */
    public void write(PublishedEdition edition, CountryResult result, TaggedPageCopy report, int firstPage, Path file)
            throws IOException {
        // The footer's fonts are subsets of their own beside the report's that the pages bring.
        write(edition, result, file, besideCopiedPages, context -> report.copy(firstPage, firstPage + CountryProfile.PAGES - 1,
                context.document(), context.writer(), 1));
    }

    private void write(PublishedEdition edition, CountryResult result, Path file, ReportStyle style,
                       Consumer<ReportContext> pages) throws IOException {
        TaggedDocument document = PdfReportWriter.portraitDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter writer = document.writeTo(out);
            ReportContext report = new ReportContext(edition, texts, branding, style,
                    new NumberText(texts.locale()), document, writer);
            writer.setPageEvent(PdfReportWriter.footer(report));
            String country = texts.countryName(result.country());
            String index = texts.indexName(edition.codebook());
            String year = Integer.toString(edition.edition());
            ArchivalMetadata metadata = PdfReportWriter.describe(report,
                    texts.format("profiles.pdf.title", country, index, year),
                    texts.format("profiles.pdf.subject", country, index, year, branding.publisher()));
            document.open();
            pages.accept(report);
            metadata.finish(writer);
            document.close();
        } catch (DocumentException e) {
            throw new PublicationException(file + ": the profile of " + result.country().code()
                    + " could not be laid out: " + e.getMessage(), e);
        }
        Files.write(file, ReproduciblePdf.withContentFileId(out.toByteArray()));
    }
}
