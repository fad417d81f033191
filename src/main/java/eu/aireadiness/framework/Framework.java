package eu.aireadiness.framework;

import java.util.List;
import java.util.Optional;

/** The configuration of the index read from the input folder: codebook, countries, editions, reference data. */
public record Framework(Codebook codebook, List<Country> countries, List<EditionInfo> editions,
                        ReferenceData reference) {

    public Framework {
        countries = List.copyOf(countries);
        editions = List.copyOf(editions);
    }

    public Optional<EditionInfo> edition(int year) {
        return editions.stream().filter(e -> e.edition() == year).findFirst();
    }
}
