package eu.aireadiness.publication.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;

/**
 * The dense tables and run-in paragraphs of the annexes: cells with tighter padding and leading than the report's
 * other tables, group rows across a table, and a page break before a section that would start at the foot of a page.
 */
final class AnnexLayout {

    private final ReportContext report;
    private final float size;

    AnnexLayout(ReportContext report, float size) {
        this.report = report;
        this.size = size;
    }

    PdfPCell header(String text, int alignment) {
        PdfPCell cell = report.style().header(text, size, alignment);
        tighten(cell);
        return cell;
    }

    PdfPCell cell(String text, int alignment) {
        return cell(text, report.style().font(size), alignment);
    }

    PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = report.style().cell(text, font, alignment);
        tighten(cell);
        return cell;
    }

    /** A row across the whole table that names the group of the rows below it (a pillar, a country). */
    PdfPCell group(String text, int columns) {
        PdfPCell cell = cell(text, report.style().bold(size, report.style().primary()), Element.ALIGN_LEFT);
        cell.setColspan(columns);
        cell.setBackgroundColor(ReportStyle.SHADE);
        cell.setPaddingTop(2.5f);
        return cell;
    }

    /** Adds a body row, shading every other one. */
    static void add(PdfPTable table, PdfPCell cell, int row) {
        ReportStyle.shade(cell, row);
        table.addCell(cell);
    }

    /** A paragraph that starts with its name in bold: "Normalisation. Each indicator is...". */
    Paragraph runIn(String label, String text) {
        Paragraph paragraph = report.body("");
        paragraph.add(new Chunk(label + " ", report.style().bold(9.5f)));
        paragraph.add(new Chunk(text, report.style().font(9.5f)));
        return paragraph;
    }

    /** An item of a list, with a bullet hanging in the margin. */
    Paragraph bullet(String text) {
        Paragraph paragraph = report.body("");
        paragraph.add(new Phrase("\u2022\u00A0\u00A0" + text, report.style().font(9.5f)));
        paragraph.setIndentationLeft(12);
        paragraph.setFirstLineIndent(-8);
        paragraph.setSpacingAfter(2);
        return paragraph;
    }

    /** Starts a new page when less than {@code room} points are left, so a heading is not left alone at the foot. */
    void keepRoom(float room) {
        if (report.writer().getVerticalPosition(true) - room < report.document().bottom()) {
            report.document().newPage();
        }
    }

    private void tighten(PdfPCell cell) {
        cell.setPaddingTop(0.8f);
        cell.setPaddingBottom(2.2f);
        cell.setLeading(0, 1.15f);
    }
}
