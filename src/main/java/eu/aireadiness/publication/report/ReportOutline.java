package eu.aireadiness.publication.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.lowagie.text.Chunk;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import eu.aireadiness.publication.pdf.Heading;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.pdf.TaggedDocument;

/**
 * The chapters of the report, declared in reading order before anything is laid out, then laid out in one go: a
 * contents page listing them, and each chapter on a new page with its heading, a bookmark in the PDF outline (what
 * a viewer's side panel shows) and the page number of its contents line.
 *
 * <p>Adding a chapter is one call, in {@link PdfReportWriter}, with the code that lays out its content:
 * <pre>{@code
 * outline.chapter(texts.text("annex.methodology.title"), () -> new MethodologyAnnex(report).add());
 * outline.chapter(texts.text("ranking.title"), PageSize.A4.rotate(), () -> new RankingPage(report).add());
 * }</pre>
 * The content adds its paragraphs and tables to {@code report.document()}, without a heading (the outline prints
 * it), and may run over as many pages as it needs. A chapter made of sections that each start a page of their own
 * (the country profiles, the tables per pillar) is a {@link #part}: it has no page or heading of its own; its
 * bookmark and contents line point to its first section, and each section is a child bookmark and an indented
 * contents line:
 * <pre>{@code
 * ReportOutline.Chapter pillars = outline.part(texts.text("pillars.title"), PageSize.A4.rotate());
 * for (Pillar pillar : edition.codebook().pillars()) {
 *     pillars.section(PillarTablePage.heading(texts, pillar), () -> new PillarTablePage(report, pillar).add());
 * }
 * }</pre>
 * A {@link Chapter#sheet} is a section whose content lays out whole pages itself, its own heading included (a
 * country profile): the outline prints no heading, and its bookmark and contents line point at its first page.
 *
 * <p>Why the chapters are declared first: the contents page comes before the chapters, but the pages they start
 * on are known only once they are laid out. Since their titles are known beforehand, the contents page is laid out
 * with its final lines, each page number being a small fixed-width PdfTemplate that is filled in when its chapter
 * starts. The report is laid out once, the contents take exactly the room they need (several pages if needed), and
 * nothing depends on a guess. (Laying the report out twice, once to learn the pages, would double the time of
 * every publication, in every language.)
 */
final class ReportOutline {

    /** The widest page number a contents line has room for: 3 digits. */
    private static final String WIDEST_NUMBER = "888";

    /** A chapter or part (level 1) or a section (level 2): title, page size, content and sections. */
    final class Chapter {

        private final String title;
        private final int level;
        private final Rectangle pageSize;
        private final Optional<Runnable> content;
        private final boolean ownHeading;
        private final List<Chapter> sections = new ArrayList<>();
        private String anchor;
        private PdfTemplate pageNumber;

        private Chapter(String title, int level, Rectangle pageSize, Optional<Runnable> content,
                        boolean ownHeading) {
            this.title = title;
            this.level = level;
            this.pageSize = pageSize;
            this.content = content;
            this.ownHeading = ownHeading;
        }

        /** Adds a section on a new page of the chapter's page size: heading, child bookmark, contents line. */
        Chapter section(String title, Runnable content) {
            return section(title, pageSize, content);
        }

        /**
         * Adds a section on a new page of the given size (e.g. {@code PageSize.A4.rotate()} for landscape).
         *
         * @return this chapter, to add the next section
         */
        Chapter section(String title, Rectangle size, Runnable content) {
            requireNotLaidOut(title);
            sections.add(new Chapter(title, 2, size, Optional.of(content), false));
            return this;
        }

        /**
         * Adds a section whose content starts on a new empty page of the chapter's size and prints its own heading:
         * child bookmark and contents line, no heading from the outline.
         *
         * @return this chapter, to add the next section
         */
        Chapter sheet(String title, Runnable content) {
            requireNotLaidOut(title);
            sections.add(new Chapter(title, 2, pageSize, Optional.of(content), true));
            return this;
        }
    }

    private final TaggedDocument document;
    private final PdfWriter writer;
    private final ReportStyle style;
    private final List<Chapter> chapters = new ArrayList<>();
    private int headings;
    private boolean laidOut;

    ReportOutline(TaggedDocument document, PdfWriter writer, ReportStyle style) {
        this.document = document;
        this.writer = writer;
        this.style = style;
    }

    /** Adds a chapter on a new portrait A4 page: heading, bookmark, contents line, then its content. */
    Chapter chapter(String title, Runnable content) {
        return chapter(title, PageSize.A4, content);
    }

    /** Adds a chapter on a new page of the given size: heading, bookmark, contents line, then its content. */
    Chapter chapter(String title, Rectangle pageSize, Runnable content) {
        requireNotLaidOut(title);
        Chapter chapter = new Chapter(title, 1, pageSize, Optional.of(content), false);
        chapters.add(chapter);
        return chapter;
    }

    /** Adds a part: a chapter made only of sections, each on a new portrait A4 page unless it says otherwise. */
    Chapter part(String title) {
        return part(title, PageSize.A4);
    }

    /** Adds a part whose sections are laid out on pages of the given size unless they say otherwise. */
    Chapter part(String title, Rectangle pageSize) {
        requireNotLaidOut(title);
        Chapter part = new Chapter(title, 1, pageSize, Optional.empty(), false);
        chapters.add(part);
        return part;
    }

    /**
     * Lays out the contents page under the given title (in the outline, not in the contents), then every chapter in
     * the order it was added, and fills in the contents' page numbers. A part without sections is left out.
     */
    void layOut(String contentsTitle) {
        requireNotLaidOut(contentsTitle);
        laidOut = true;
        List<Chapter> listed = chapters.stream().filter(c -> c.content.isPresent() || !c.sections.isEmpty())
                .toList();
        for (Chapter chapter : listed) {
            chapter.anchor = chapter.content.isPresent() ? nextAnchor() : null;
            chapter.sections.forEach(section -> section.anchor = nextAnchor());
            if (chapter.anchor == null) {
                chapter.anchor = chapter.sections.get(0).anchor;
            }
        }
        startPage(PageSize.A4);
        document.outlineLevel(1);
        mark(writer.getRootOutline(), contentsTitle, true);
        addHeading(contentsTitle, "contents");
        ContentsLines lines = new ContentsLines(style, writer.getDirectContent(), WIDEST_NUMBER,
                document.right() - document.left());
        for (Chapter chapter : listed) {
            addLine(lines, chapter);
            chapter.sections.forEach(section -> addLine(lines, section));
        }
        listed.forEach(this::layOut);
    }

    /** The contents are laid out with the chapters known at that time: one added later would be missing there. */
    private void requireNotLaidOut(String title) {
        if (laidOut) {
            throw new IllegalStateException("'" + title + "' comes after the report was laid out; add every chapter"
                    + " in PdfReportWriter before ReportOutline.layOut");
        }
    }

    private void addLine(ContentsLines lines, Chapter chapter) {
        ContentsLines.Line line = lines.line(chapter.title, chapter.level, chapter.anchor);
        chapter.pageNumber = line.pageNumber();
        document.contentsLine(line.paragraph(), chapter.title);
    }

    private void layOut(Chapter chapter) {
        PdfOutline bookmark = null;
        if (chapter.content.isPresent()) {
            bookmark = start(chapter, writer.getRootOutline(), true);
            chapter.content.get().run();
        }
        for (Chapter section : chapter.sections) {
            if (bookmark == null) {
                // A part: its bookmark and page are its first section's.
                startPage(section.pageSize);
                bookmark = mark(writer.getRootOutline(), chapter.title, true);
                setPage(chapter);
            }
            start(section, bookmark, false);
            section.content.orElseThrow().run();
        }
    }

    /**
     * A new page, the bookmark under {@code parent}, the page number in the contents, and the heading; for a sheet,
     * which prints its own heading, the contents line's link points at the top of the page instead.
     */
    private PdfOutline start(Chapter chapter, PdfOutline parent, boolean open) {
        startPage(chapter.pageSize);
        document.outlineLevel(chapter.level);
        PdfOutline bookmark = mark(parent, chapter.title, open);
        setPage(chapter);
        if (chapter.ownHeading) {
            writer.getDirectContent().localDestination(chapter.anchor,
                    new PdfDestination(PdfDestination.FITH, document.getPageSize().getTop()));
        } else {
            addHeading(chapter.title, chapter.anchor);
        }
        return bookmark;
    }

    private void setPage(Chapter chapter) {
        ContentsLines.fill(chapter.pageNumber, style, chapter.level, writer.getPageNumber());
    }

    /** A new page of the given size; a page on which nothing has been laid out yet is reused, not left blank. */
    private void startPage(Rectangle pageSize) {
        document.setPageSize(pageSize);
        document.newPage();
    }

    /** A bookmark to the top of the current page. */
    private PdfOutline mark(PdfOutline parent, String title, boolean open) {
        // The bookmark's page is the writer's current page, so it is made after the new page started.
        return new PdfOutline(parent, new PdfDestination(PdfDestination.FITH, document.getPageSize().getTop()),
                title, open);
    }

    /** The link target of a heading: its contents line links to it. */
    private String nextAnchor() {
        return "heading-" + ++headings;
    }

    /** The heading, carrying the named destination that the contents line links to. */
    private void addHeading(String title, String anchor) {
        Chunk text = new Chunk(title, style.bold(16, style.primary()));
        text.setLocalDestination(anchor);
        Paragraph heading = new Heading(Heading.TITLE, text);
        heading.setSpacingAfter(8);
        document.add(heading);
    }
}
