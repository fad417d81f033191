package eu.aireadiness.publication.profile;

import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import eu.aireadiness.publication.PublicationException;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.results.CountryResult;

/**
 * A country's profile, exactly four A4 pages: the overview (the country's place, its trend and context), the pillars
 * with strengths, weaknesses and data coverage, then the indicators over two pages. The report prints one per
 * country, and each is also published as a file of its own; both draw it with this class. Every page starts with a
 * line naming the index, the edition and the publisher, so that a page read on its own says where it comes from.
 *
 * <p>Each page is set into the page's text block as one column rather than into the document's flow, so that what
 * does not fit is known, instead of running over onto another page: a profile is read as two sheets printed on both
 * sides. All its type is at least {@value ReportStyle#MINIMUM_SIZE} pt; anything that does not fit is refused with
 * the country and the language, whose texts are then too long.
 */
public final class CountryProfile {

    /** The pages of a profile: an even number, so that profiles printed double-sided start on a right-hand page. */
    public static final int PAGES = 4;

    private final ReportContext report;
    private final CountryResult result;

    public CountryProfile(ReportContext report, CountryResult result) {
        this.report = report;
        this.result = result;
    }

    /** Draws the profile from the current page on, which must be empty, and leaves its last page current. */
    public void add() {
        ProfileOverviewPage overview = new ProfileOverviewPage(report, result);
        place(overview.firstPage(), "overview");
        report.document().newPage();
        place(overview.secondPage(), "pillar");
        ProfileIndicatorPage indicators = new ProfileIndicatorPage(report, result);
        for (int page = 0; page < ProfileIndicatorPage.PAGES; page++) {
            report.document().newPage();
            place(indicators.elements(page), "indicator");
        }
    }

    private void place(List<Element> elements, String page) {
        if (ColumnText.hasMoreText(report.document().place(column(List.of()), elements))) {
            throw new PublicationException("the " + page + " page of the profile of " + result.country().code()
                    + " in language '" + report.texts().language() + "' does not fit on its page; a profile is four"
                    + " pages. Shorten the texts of that language (names of indicators and units, notes) or the"
                    + " coverage sentence.");
        }
        // The column drew on the page behind the document's back: tell it the page is used, so that newPage works.
        report.writer().setPageEmpty(false);
    }

    private ColumnText column(List<Element> elements) {
        ColumnText column = new ColumnText(report.writer().getDirectContent());
        column.setSimpleColumn(report.document().left(), report.document().bottom(), report.document().right(),
                report.document().top());
        elements.forEach(column::addElement);
        return column;
    }
}
