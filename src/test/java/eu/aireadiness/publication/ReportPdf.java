package eu.aireadiness.publication;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A published PDF report as a reader's tools see it, read with PDFBox: its bookmarks with the pages they open, and
 * the text of its pages.
 */
public final class ReportPdf {

    /** A bookmark: its title, the page (from 1) it opens, and its children. */
    record Bookmark(String title, int page, List<Bookmark> children) {

        Bookmark child(String title) {
            return children.stream().filter(b -> b.title().equals(title)).findFirst()
                    .orElseThrow(() -> new AssertionError("no bookmark '" + title + "' under '" + this.title
                            + "'; found " + children.stream().map(Bookmark::title).toList()));
        }
    }

    private final Path file;
    private final List<Bookmark> bookmarks;
    private final List<String> pages;

    private ReportPdf(Path file, List<Bookmark> bookmarks, List<String> pages) {
        this.file = file;
        this.bookmarks = bookmarks;
        this.pages = pages;
    }

    /** Reads the bookmarks and the text of every page once. */
    public static ReportPdf read(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            var outline = document.getDocumentCatalog().getDocumentOutline();
            List<Bookmark> bookmarks = outline == null ? List.of() : children(outline, document);
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return new ReportPdf(file, bookmarks, List.copyOf(pages));
        }
    }

    private static List<Bookmark> children(PDOutlineNode node, PDDocument document) throws IOException {
        List<Bookmark> children = new ArrayList<>();
        for (PDOutlineItem item : node.children()) {
            int page = document.getPages().indexOf(item.findDestinationPage(document)) + 1;
            children.add(new Bookmark(item.getTitle(), page, children(item, document)));
        }
        return children;
    }

    /** The top-level bookmarks, in order. */
    List<Bookmark> bookmarks() {
        return bookmarks;
    }

    Bookmark bookmark(String title) {
        return find(title).orElseThrow(() -> new AssertionError(file.getFileName() + " has no bookmark '" + title
                + "'; found " + bookmarks.stream().map(Bookmark::title).toList()));
    }

    Optional<Bookmark> find(String title) {
        return bookmarks.stream().filter(b -> b.title().equals(title)).findFirst();
    }

    /** The first page after the chapter of the top-level bookmark {@code title}: the next chapter's, or the end. */
    int pageAfter(String title) {
        int index = bookmarks.indexOf(bookmark(title));
        return index + 1 < bookmarks.size() ? bookmarks.get(index + 1).page() : pages.size() + 1;
    }

    public int pages() {
        return pages.size();
    }

    /** The text of a page (from 1), with its lines. */
    public String page(int page) {
        return pages.get(page - 1);
    }

    /**
     * The text of a page in the order it reads on the page, top to bottom and left to right, lines kept: text drawn
     * in form XObjects (such as the contents' page numbers) joins the line it is shown on.
     */
    String pageAsSeen(int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }

    /** The pages (from 1) that the links of a page go to, in the order of the page's annotations. */
    List<Integer> linkTargets(int page) throws IOException {
        List<Integer> targets = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            for (PDAnnotation annotation : document.getPage(page - 1).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    PDDestination destination = link.getDestination();
                    if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
                        destination = goTo.getDestination();
                    }
                    if (destination instanceof PDNamedDestination named) {
                        destination = document.getDocumentCatalog().findNamedDestinationPage(named);
                    }
                    targets.add(((PDPageDestination) destination).retrievePageNumber() + 1);
                }
            }
        }
        return targets;
    }

    /** The text of a page as one line: every run of white space made a single space. */
    String flatPage(int page) {
        return page(page).replaceAll("\\s+", " ");
    }
}
