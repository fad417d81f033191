package eu.aireadiness.publication;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The size at which every run of text of a PDF is printed, as a reader sees it: the font size scaled by the text
 * matrix and the page's transformation (so text drawn in a scaled template, such as the map's, counts at its printed
 * size), read back with PDFBox.
 */
final class PrintedTextSizes {

    /** A run of text on one page (from 1) printed at one size, in points. */
    record Run(int page, float size, String text) {
    }

    private PrintedTextSizes() {
    }

    /** Every run of the pages {@code first} to {@code last} (from 1). */
    static List<Run> runs(Path pdf, int first, int last) throws IOException {
        List<Run> runs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = first; page <= last; page++) {
                int current = page;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        StringBuilder run = new StringBuilder();
                        float size = -1;
                        for (TextPosition position : positions) {
                            float printed = printedSize(position);
                            if (size >= 0 && Math.abs(printed - size) > 0.01f) {
                                runs.add(new Run(current, size, run.toString()));
                                run.setLength(0);
                            }
                            size = printed;
                            run.append(position.getUnicode());
                        }
                        if (!run.isEmpty()) {
                            runs.add(new Run(current, size, run.toString()));
                        }
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
            }
        }
        return runs;
    }

    /**
     * The height of the em square on the page: the text rendering matrix holds font size, text matrix and current
     * transformation; its vertical scale is the printed size, whatever rotation or flip the template uses.
     */
    private static float printedSize(TextPosition position) {
        var matrix = position.getTextMatrix();
        float scaleY = (float) Math.hypot(matrix.getValue(0, 1), matrix.getValue(1, 1));
        return Math.round(scaleY * 100) / 100f;
    }
}
