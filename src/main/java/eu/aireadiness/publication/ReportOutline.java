package eu.aireadiness.publication;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The chapters of the report. Starting a chapter is one call that does three things, so that they never disagree:
 * it starts a new page, prints the chapter's heading at its top, and records the chapter in the PDF outline (the
 * bookmarks a viewer shows) and in the contents page, with the page it starts on.
 *
 * <p>A chapter whose pages follow on one another (the ranking, an annex):
 * <pre>{@code
 * report.outline().chapter(texts.text("ranking.title"), PageSize.A4.rotate());  // new landscape page + heading
 * report.document().add(...);                                                     // the chapter's content
 * }</pre>
 * {@link #chapter(String)} is the same on a portrait A4 page. A chapter made of sections that each start a page of
 * their own (the country profiles, one table per pillar) is a {@link #part}: it prints no heading and no page of its
 * own; its bookmark and contents line point to its first section, and each section is a child bookmark:
 * <pre>{@code
 * ReportOutline.Chapter profiles = report.outline().part(texts.text("contents.profiles"));
 * for (CountryResult result : edition.ranking()) {
 *     profiles.section(texts.countryWithOwnName(result.country()));  // new page + heading + child bookmark
 *     ...                                                             // the section's content, no heading
 * }
 * }</pre>
 * Content added after a {@code chapter} or {@code section} call may run over as many pages as it needs. The
 * contents page lists chapters and parts (level 1) and their sections (level 2) in the order they were started.
 */
final class ReportOutline {

    /**
     * A line of the contents: a chapter (level 1) or a section (level 2), the page its heading is on, and the name of
     * the link target at that heading.
     */
    record Entry(String title, int level, int page, String anchor) {
    }

    /**
     * A chapter or part, under which sections can be started.
     */
    final class Chapter {

        private final String title;
        private final Rectangle pageSize;
        private PdfOutline bookmark;

        private Chapter(String title, Rectangle pageSize, PdfOutline bookmark) {
            this.title = title;
            this.pageSize = pageSize;
            this.bookmark = bookmark;
        }

        /** Starts a section on a new page of the chapter's page size: heading, child bookmark, contents line. */
        void section(String title) {
            section(title, pageSize);
        }

        /** Starts a section on a new page of the given size (e.g. {@code PageSize.A4.rotate()} for landscape). */
        void section(String title, Rectangle size) {
            startPage(size);
            String anchor = nextAnchor();
            if (bookmark == null) {
                bookmark = mark(writer.getRootOutline(), this.title, 1, anchor, true);
            }
            mark(bookmark, title, 2, anchor, true);
            addHeading(title, anchor);
        }
    }

    private final Document document;
    private final PdfWriter writer;
    private final ReportStyle style;
    private final List<Entry> entries = new ArrayList<>();
    private int headings;

    ReportOutline(Document document, PdfWriter writer, ReportStyle style) {
        this.document = document;
        this.writer = writer;
        this.style = style;
    }

    /** Starts a chapter on a new portrait A4 page: heading, bookmark, contents line. */
    Chapter chapter(String title) {
        return chapter(title, PageSize.A4);
    }

    /** Starts a chapter on a new page of the given size: heading, bookmark, contents line. */
    Chapter chapter(String title, Rectangle pageSize) {
        return start(title, pageSize, true);
    }

    /** A chapter that is in the outline but not listed in the contents: the contents page itself. */
    Chapter chapterOutsideContents(String title) {
        return start(title, PageSize.A4, false);
    }

    /**
     * A chapter made only of sections on pages of their own, in portrait A4: no heading or page of its own. Its
     * bookmark and contents line are made when its first section starts, and point to that section's page; a part
     * without sections leaves no trace.
     */
    Chapter part(String title) {
        return part(title, PageSize.A4);
    }

    /** A part whose sections are laid out on pages of the given size, unless a section says otherwise. */
    Chapter part(String title, Rectangle pageSize) {
        return new Chapter(title, pageSize, null);
    }

    /** The chapters and sections started so far, in order, with the pages they start on. */
    List<Entry> entries() {
        return List.copyOf(entries);
    }

    private Chapter start(String title, Rectangle pageSize, boolean listed) {
        startPage(pageSize);
        String anchor = nextAnchor();
        PdfOutline bookmark = mark(writer.getRootOutline(), title, 1, anchor, listed);
        addHeading(title, anchor);
        return new Chapter(title, pageSize, bookmark);
    }

    /** Headings are numbered in the order they are laid out, so every pass of the layout names them alike. */
    private String nextAnchor() {
        return "heading-" + ++headings;
    }

    /** A new page of the given size; a page on which nothing has been laid out yet is reused, not left blank. */
    private void startPage(Rectangle pageSize) {
        document.setPageSize(pageSize);
        document.newPage();
    }

    /** A bookmark to the top of the current page, and a contents line when the chapter is listed. */
    private PdfOutline mark(PdfOutline parent, String title, int level, String anchor, boolean listed) {
        if (listed) {
            entries.add(new Entry(title, level, writer.getPageNumber(), anchor));
        }
        // The outline's page is the writer's current page, so the bookmark is made after the new page started.
        return new PdfOutline(parent, new PdfDestination(PdfDestination.FITH, document.getPageSize().getTop()),
                title, level == 1);
    }

    /** The heading, carrying the named destination that the contents line links to. */
    private void addHeading(String title, String anchor) {
        Chunk text = new Chunk(title, style.bold(16, style.primary()));
        text.setLocalDestination(anchor);
        Paragraph heading = new Paragraph(text);
        heading.setSpacingAfter(8);
        document.add(heading);
    }
}
