package eu.aireadiness.publication.pdf;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;

/**
 * Tags a PdfPTable as it is written, without changing how it is laid out. OpenPDF writes a table a page at a time into
 * four canvases (ISO 32000-1 knows nothing of them): the cells' backgrounds, their borders, and their text. Right
 * after a cell's text is written, its {@link PdfPCellEvent} is called: everything written on the text canvas since the
 * previous cell is that cell's, and is put into the marked-content sequence of its TH or TD element. After the rows
 * of a page, the {@link PdfPTableEvent} puts the backgrounds and borders into one artefact each. A header row that
 * OpenPDF repeats on a continuation page is an artefact too: the cell was tagged where it first appeared.
 *
 * <p>A table that only arranges other content (one column, or every cell holding a table of its own: the cover's
 * band, a box, two tables side by side) is not a data table: the tables it holds are tagged as tables, and any text
 * of its own cells as paragraphs. An image in a cell is a figure, with the image's alternative text.
 */
final class TableTagging implements PdfPTableEvent {

    private static final PdfName TR = new PdfName("TR");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COLUMN = new PdfName("Column");
    private static final PdfName COL_SPAN = new PdfName("ColSpan");

    private final StructureTree tree;
    private final Supplier<ContentTag> layoutText;
    /** Per text canvas (one per page of a table), where the content of the next cell starts. */
    private final Map<PdfContentByte, Integer> cellStarts = new IdentityHashMap<>();

    private TableTagging(StructureTree tree, Supplier<ContentTag> layoutText) {
        this.tree = tree;
        this.layoutText = layoutText;
    }

    /**
     * Prepares {@code table}, and the tables in its cells, to be tagged when written: the text of a layout table's
     * cells is tagged with a new tag from {@code layoutText} per cell.
     */
    static void attach(PdfPTable table, StructureTree tree, Supplier<ContentTag> layoutText) {
        TableTagging tagging = new TableTagging(tree, layoutText);
        tagging.prepare(table);
        table.setTableEvent(tagging);
    }

    private void prepare(PdfPTable table) {
        boolean layout = isLayout(table);
        ContentTag tableTag = layout ? null : ContentTag.element(tree::document, PdfName.TABLE);
        for (int r = 0; r < table.getRows().size(); r++) {
            PdfPRow row = table.getRow(r);
            ContentTag rowTag = layout ? null : ContentTag.element(tableTag::element, TR);
            boolean header = r < table.getHeaderRows();
            for (PdfPCell cell : row.getCells()) {
                if (cell == null) {
                    continue;
                }
                PdfPTable nested = nestedTable(cell);
                if (nested != null) {
                    prepare(nested);
                }
                cell.setCellEvent(new CellTag(cellTag(cell, layout, rowTag, header), nested != null));
            }
        }
    }

    private ContentTag cellTag(PdfPCell cell, boolean layout, ContentTag rowTag, boolean header) {
        Image image = image(cell);
        if (image != null) {
            return tree.figure(image);
        }
        if (layout) {
            return layoutText.get();
        }
        int colspan = cell.getColspan();
        return ContentTag.element(rowTag::element, header ? PdfName.TH : PdfName.TD, element -> {
            PdfDictionary attributes = new PdfDictionary();
            attributes.put(PdfName.O, PdfName.TABLE);
            if (header) {
                attributes.put(SCOPE, COLUMN);
            }
            if (colspan > 1) {
                attributes.put(COL_SPAN, new PdfNumber(colspan));
            }
            if (header || colspan > 1) {
                element.put(PdfName.A, attributes);
            }
        });
    }

    /** The image a cell shows: fitted to the cell, or (not fitted) as the chunk of its phrase. */
    private static Image image(PdfPCell cell) {
        if (cell.getImage() != null) {
            return cell.getImage();
        }
        if (cell.getPhrase() != null) {
            for (Element element : cell.getPhrase().getChunks()) {
                if (element instanceof Chunk chunk && chunk.getImage() != null) {
                    return chunk.getImage();
                }
            }
        }
        return null;
    }

    /** One column, or every cell holding a table: the table arranges content rather than holding data. */
    private static boolean isLayout(PdfPTable table) {
        if (table.getNumberOfColumns() == 1) {
            return true;
        }
        boolean tablesOnly = true;
        for (PdfPRow row : table.getRows()) {
            for (PdfPCell cell : row.getCells()) {
                tablesOnly &= cell == null || nestedTable(cell) != null;
            }
        }
        return tablesOnly;
    }

    /**
     * The table a cell holds, as it is written: the one in the cell's column (when a table adds a cell it copies it,
     * and the copy's {@code getTable()} is a copy of the table that is not the one written).
     */
    private static PdfPTable nestedTable(PdfPCell cell) {
        if (cell.getCompositeElements() != null) {
            for (Object element : cell.getCompositeElements()) {
                if (element instanceof PdfPTable table) {
                    return table;
                }
            }
        }
        return cell.getTable();
    }

    /** The backgrounds and borders of a page's rows, drawn on their own canvases, are artefacts. */
    @Override
    public void tableLayout(PdfPTable table, float[][] widths, float[] heights, int headerRows, int rowStart,
                            PdfContentByte[] canvases) {
        for (int canvas : new int[] {PdfPTable.BACKGROUNDCANVAS, PdfPTable.LINECANVAS}) {
            if (ContentTag.size(canvases[canvas]) > 0) {
                ContentTag.layoutArtifact().wrap(canvases[canvas], 0);
            }
        }
    }

    /** Tags a cell's text when written; the same cell written again (a repeated header row) is an artefact. */
    private final class CellTag implements PdfPCellEvent {

        private final ContentTag tag;
        private final boolean holdsTable;
        private final Set<PdfPCell> written = Collections.newSetFromMap(new IdentityHashMap<>());

        CellTag(ContentTag tag, boolean holdsTable) {
            this.tag = tag;
            this.holdsTable = holdsTable;
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte text = canvases[PdfPTable.TEXTCANVAS];
            int from = cellStarts.getOrDefault(text, 0);
            boolean first = written.add(cell);
            if (!holdsTable) {
                if (ContentTag.size(text) > from) {
                    (first ? tag : ContentTag.paginationArtifact()).wrap(text, from);
                } else if (first && !tag.isArtifact()) {
                    tag.element();
                }
            }
            cellStarts.put(text, ContentTag.size(text));
        }
    }
}
