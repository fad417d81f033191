package eu.aireadiness.publication.report;

import com.lowagie.text.Image;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.text.NoCurrentDataText;
import eu.aireadiness.publication.text.PublicationTexts;

/**
 * The page of the map of Europe coloured by index score, after the ranking: title, how to read it, the map with its
 * country codes and legend, how it is labelled, and its sources.
 */
final class MapPage {

    /** The map's width, as a share of the text's width. */
    private static final float MAP_WIDTH = 0.9f;

    private final ReportContext report;

    MapPage(ReportContext report) {
        this.report = report;
    }

    void add() {
        PublicationTexts texts = report.texts();
        ScoreClasses classes = classes();
        report.document().add(report.body(texts.format("map.intro", Integer.toString(classes.classes().size()))));
        // A little narrower than the page, so that the notes under it (the flag's legend, the labels, the sources)
        // stay on the map's page in every language.
        float width = (report.document().right() - report.document().left()) * MAP_WIDTH;
        EuropeMap map = new EuropeMap(report, CountryShapes.load());
        Image drawn = map.draw(classes, width);
        drawn.setAlignment(Image.MIDDLE);
        report.document().figure(drawn, map.altText(classes));
        String legend = new NoCurrentDataText(report.edition(), texts).legend(report.previousEditionLabel());
        if (!legend.isEmpty()) {
            report.document().add(report.note(texts.format("nocurrent.map", legend)));
        }
        report.document().add(report.note(texts.text("map.labels")));
        report.document().add(report.note(texts.text("map.source")));
    }

    private ScoreClasses classes() {
        return ScoreClasses.quantiles(report.edition().ranking(), report.branding().mapClasses().size());
    }
}
