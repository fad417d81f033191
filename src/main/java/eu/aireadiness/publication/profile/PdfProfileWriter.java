package eu.aireadiness.publication.profile;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfWriter;
import eu.aireadiness.publication.PublicationException;
import eu.aireadiness.publication.pdf.ArchivalMetadata;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.pdf.ReproduciblePdf;
import eu.aireadiness.publication.pdf.TaggedDocument;
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

    public PdfProfileWriter(PublicationTexts texts, Branding branding) {
        this.texts = texts;
        this.branding = branding;
        this.style = ReportStyle.load(branding);
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

    public void write(PublishedEdition edition, CountryResult result, Path file) throws IOException {
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
            new CountryProfile(report, result).add();
            metadata.finish(writer);
            document.close();
        } catch (DocumentException e) {
            throw new PublicationException(file + ": the profile of " + result.country().code()
                    + " could not be laid out: " + e.getMessage(), e);
        }
        Files.write(file, ReproduciblePdf.withContentFileId(out.toByteArray()));
    }
}
