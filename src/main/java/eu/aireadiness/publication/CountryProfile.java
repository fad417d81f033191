package eu.aireadiness.publication;

import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;

/**
 * A country's profile, exactly two A4 pages: the overview, then the indicators. The report prints one per country,
 * and each is also published as a file of its own; both draw it with this class.
 *
 * <p>Each page is set into the page's text block as one column rather than into the document's flow, so that what
 * does not fit is known, instead of running over onto a third page: a profile is read as a two-page sheet. The
 * indicator table takes the largest type size that fits; anything that still does not fit is refused with the
 * country and the language, whose texts are then too long.
 */
final class CountryProfile {

    private final ReportContext report;
    private final CountryResult result;

    CountryProfile(ReportContext report, CountryResult result) {
        this.report = report;
        this.result = result;
    }

    /** Draws the profile from the current page on, which must be empty, and leaves its second page current. */
    void add() {
        place(new ProfileOverviewPage(report, result).elements(), "overview");
        report.document().newPage();
        ProfileIndicatorPage indicators = new ProfileIndicatorPage(report, result);
        float size = ProfileIndicatorPage.LARGEST;
        while (size - ProfileIndicatorPage.STEP >= ProfileIndicatorPage.SMALLEST
                && ColumnText.hasMoreText(column(indicators.elements(size)).go(true))) {
            size -= ProfileIndicatorPage.STEP;
        }
        place(indicators.elements(size), "indicator");
    }

    private void place(List<Element> elements, String page) {
        if (ColumnText.hasMoreText(report.document().place(column(List.of()), elements))) {
            throw new PublicationException("the " + page + " page of the profile of " + result.country().code()
                    + " in language '" + report.texts().language() + "' does not fit on its page; a profile is two"
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
