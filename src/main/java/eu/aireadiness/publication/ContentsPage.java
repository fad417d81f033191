package eu.aireadiness.publication;

import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.draw.DottedLineSeparator;

/**
 * The contents: every chapter and section of the report with the page its heading is on, each line a link to it.
 * The entries come from an earlier layout of the same report (see {@link PdfReportWriter}), since pages are only
 * known once the whole report has been laid out.
 */
final class ContentsPage {

    private final ReportContext report;
    private final List<ReportOutline.Entry> entries;

    ContentsPage(ReportContext report, List<ReportOutline.Entry> entries) {
        this.report = report;
        this.entries = List.copyOf(entries);
    }

    void add() {
        report.outline().chapterOutsideContents(report.texts().text("contents.title"));
        for (ReportOutline.Entry entry : entries) {
            report.document().add(line(entry));
        }
    }

    private Paragraph line(ReportOutline.Entry entry) {
        ReportStyle style = report.style();
        boolean chapter = entry.level() == 1;
        Font font = chapter ? style.bold(10.5f) : style.font(9);
        DottedLineSeparator dots = new DottedLineSeparator();
        dots.setGap(3);
        dots.setLineColor(ReportStyle.RULE);
        Paragraph line = new Paragraph();
        line.add(new Chunk(entry.title(), font).setLocalGoto(entry.anchor()));
        line.add(new Chunk(" ", font));
        line.add(new Chunk(dots));
        line.add(new Chunk(" " + entry.page(), font).setLocalGoto(entry.anchor()));
        line.setLeading(chapter ? 14 : 12);
        line.setSpacingBefore(chapter ? 7 : 0);
        line.setIndentationLeft(chapter ? 0 : 14);
        return line;
    }
}
