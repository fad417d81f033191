package eu.aireadiness.sample;

import java.util.Optional;

/**
 * What one country's officer sends in the sample: the first edition's file, the second edition's file if it was
 * submitted, and whether the second contains the errors a validator must reject.
 */
record CountryScenario(String country, FileLayout first, Optional<FileLayout> second, boolean secondHasErrors) {

    CountryScenario {
        if (secondHasErrors && second.isEmpty()) {
            throw new IllegalArgumentException(country + ": errors need a second submission to be in");
        }
    }

    static CountryScenario both(String country, FileLayout first, FileLayout second) {
        return new CountryScenario(country, first, Optional.of(second), false);
    }

    static CountryScenario firstOnly(String country, FileLayout first) {
        return new CountryScenario(country, first, Optional.empty(), false);
    }

    static CountryScenario secondWithErrors(String country, FileLayout first, FileLayout second) {
        return new CountryScenario(country, first, Optional.of(second), true);
    }

    Optional<FileLayout> layout(int edition) {
        return edition == SampleEditions.FIRST ? Optional.of(first) : second;
    }
}
