package eu.aireadiness.publication.pdf;

import com.lowagie.text.pdf.BaseFont;

/**
 * The type size of a text chosen by measuring the text, not by laying out the page at each size and seeing what
 * fits: a text's width at a size is the sum of its glyphs' advance widths ({@link BaseFont#getWidthPoint}), and the
 * lines it takes in a column follow from breaking it at spaces. Kerning is not applied, as in the layout itself.
 */
public final class FittingType {

    private FittingType() {
    }

    /**
     * The largest of {@code sizes} at which {@code text} takes at most {@code maxLines} lines of a column
     * {@code width} points wide; the last (smallest) of them if it fits at none.
     *
     * @param sizes type sizes in points, largest first
     */
    public static float largest(BaseFont font, String text, float width, int maxLines, float... sizes) {
        if (sizes.length == 0) {
            throw new IllegalArgumentException("no type size to choose from");
        }
        for (float size : sizes) {
            if (lines(font, size, text, width) <= maxLines) {
                return size;
            }
        }
        return sizes[sizes.length - 1];
    }

    /**
     * How many lines {@code text} takes at {@code size} in a column {@code width} points wide, broken at spaces, each
     * line holding as many words as fit; a word wider than the column is broken wherever it must, over as many
     * lines as its width needs.
     */
    public static int lines(BaseFont font, float size, String text, float width) {
        float space = font.getWidthPoint(" ", size);
        int lines = 0;
        float line = -1;
        for (String word : text.trim().split(" +")) {
            float wordWidth = font.getWidthPoint(word, size);
            if (line >= 0 && line + space + wordWidth <= width) {
                line += space + wordWidth;
                continue;
            }
            int needed = Math.max(1, (int) Math.ceil(wordWidth / width));
            lines += needed;
            line = wordWidth - (needed - 1) * width;
        }
        return lines;
    }
}
