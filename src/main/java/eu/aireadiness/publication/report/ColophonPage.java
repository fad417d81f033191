package eu.aireadiness.publication.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import eu.aireadiness.framework.EditionImprint;
import eu.aireadiness.framework.EditionInfo;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.text.PublicationTexts;

/**
 * The report's colophon, as the last chapter: what a library, an archive or a reader citing the report needs. The
 * title, publisher and publication date; the identifiers, licence and contact of the edition from
 * {@code editions.csv} ({@link EditionImprint}), each line left out when its column is empty; a suggested citation
 * built from the same fields; and, for an illustrative edition, a warning that its identifiers are not registered.
 */
final class ColophonPage {

    private static final float SIZE = 9.5f;
    /** The licences whose terms the templates explain in each language (key {@code colophon.licence.<id>}). */
    private static final java.util.Set<String> EXPLAINED_LICENCES = java.util.Set.of("CC-BY-4.0");

    private final ReportContext report;

    ColophonPage(ReportContext report) {
        this.report = report;
    }

    void add() {
        report.document().add(fields());
        if (report.illustrative()) {
            Paragraph sample = new Paragraph(report.texts().text("colophon.sample"),
                    report.style().bold(SIZE, report.style().accent()));
            sample.setSpacingBefore(10);
            report.document().add(sample);
        }
    }

    /** The colophon's lines, label and text, in the order a catalogue record reads. */
    List<String[]> lines() {
        PublicationTexts texts = report.texts();
        EditionInfo info = report.edition().info();
        EditionImprint imprint = info.imprint();
        String title = texts.reportTitle(report.edition().codebook(), info.edition());
        String date = DateTimeFormatter.ofPattern(texts.text("date.pattern"), texts.locale())
                .format(info.publicationDate());
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {texts.text("colophon.publication"), title});
        lines.add(new String[] {texts.text("colophon.publisher"), report.branding().publisher()});
        lines.add(new String[] {texts.text("colophon.date"), date});
        add(lines, "colophon.isbn", imprint.isbn());
        add(lines, "colophon.doi", imprint.doi().isEmpty() ? "" : "https://doi.org/" + imprint.doi());
        add(lines, "colophon.catalogue", imprint.catalogueNumber());
        if (!imprint.licence().isEmpty()) {
            String known = "colophon.licence." + imprint.licence();
            lines.add(new String[] {texts.text("colophon.licence"), EXPLAINED_LICENCES.contains(imprint.licence())
                    ? texts.text(known) : texts.format("colophon.licence.other", imprint.licence())});
        }
        lines.add(new String[] {texts.text("colophon.citation"), citation(title)});
        if (!imprint.contact().isEmpty()) {
            lines.add(new String[] {texts.text("colophon.contact"),
                    texts.format("colophon.contact.text", imprint.contact())});
        }
        return lines;
    }

    /** "Publisher (year). Title." and the DOI's address when the edition has one. */
    String citation(String title) {
        PublicationTexts texts = report.texts();
        EditionInfo info = report.edition().info();
        String citation = texts.format("colophon.citation.text", report.branding().publisher(),
                Integer.toString(info.publicationDate().getYear()), title);
        return info.imprint().doi().isEmpty() ? citation
                : texts.format("colophon.citation.doi", citation, info.imprint().doi());
    }

    private void add(List<String[]> lines, String key, String value) {
        if (!value.isEmpty()) {
            lines.add(new String[] {report.texts().text(key), value});
        }
    }

    private PdfPTable fields() {
        ReportStyle style = report.style();
        PdfPTable table = new PdfPTable(new float[] {1.2f, 4f});
        table.setWidthPercentage(100);
        for (String[] line : lines()) {
            PdfPCell label = style.cell(line[0], style.bold(SIZE), Element.ALIGN_LEFT);
            PdfPCell text = style.cell(line[1], style.font(SIZE), Element.ALIGN_LEFT);
            for (PdfPCell cell : new PdfPCell[] {label, text}) {
                cell.setBorder(com.lowagie.text.Rectangle.BOTTOM);
                cell.setVerticalAlignment(Element.ALIGN_TOP);
                cell.setPaddingTop(4);
                cell.setPaddingBottom(6);
                table.addCell(cell);
            }
        }
        return table;
    }
}
