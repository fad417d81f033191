package eu.aireadiness.publication.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.aireadiness.framework.ReferenceData;
import eu.aireadiness.framework.ReferenceValue;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;

/**
 * The context of a country profile, from the reference data of the edition (the same series that serve as the
 * indicators' denominators): population, GDP and GDP per capita, each with its source as the reference data cites
 * it, which names the period. GDP per capita is worked out here: GDP divided by population. A figure whose series
 * is not in the reference data is left out.
 */
final class ContextFigures {

    static final String POPULATION = "POP";
    static final String GDP = "GDP";
    private static final double MILLION = 1_000_000;

    /** One line: what, how much (as printed), and where it comes from. */
    record Figure(String label, String amount, String source) {
    }

    private ContextFigures() {
    }

    static List<Figure> of(ReferenceData reference, String country, int edition, PublicationTexts texts) {
        Optional<ReferenceValue> population = reference.find(country, edition, POPULATION);
        Optional<ReferenceValue> gdp = reference.find(country, edition, GDP);
        NumberText numbers = new NumberText(texts.locale());
        List<Figure> figures = new ArrayList<>();
        population.ifPresent(p -> figures.add(new Figure(texts.text("profiles.context.population"),
                numbers.number(p.amount(), 0), p.source())));
        gdp.ifPresent(g -> figures.add(new Figure(texts.text("profiles.context.gdp"),
                texts.format("profiles.context.eur-million", numbers.number(g.amount(), 0)), g.source())));
        if (population.isPresent() && gdp.isPresent()) {
            double perCapita = gdp.get().amount() * MILLION / population.get().amount();
            figures.add(new Figure(texts.text("profiles.context.gdp-per-capita"),
                    texts.format("profiles.context.eur", numbers.number(perCapita, 0)),
                    texts.text("profiles.context.gdp-per-capita.source")));
        }
        return figures;
    }
}
