package eu.aireadiness.framework;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the participating countries: code, English name, name in the country's own language, and the optional column
 * {@code official_languages}, the country's official languages as space-separated ISO 639-1 codes ("nl fr de"), as
 * the EU lists them for its member states (european-union.europa.eu, "Languages": the official EU languages of each
 * country). A file without the column is read as before; its countries get their templates in English only.
 */
public final class CountriesReader {

    private CountriesReader() {
    }

    public static List<Country> read(Path file) {
        Set<String> seen = new HashSet<>();
        return CsvTables.read(file, Set.of("code", "name_en", "name_native"), row -> {
            String languages = row.text("official_languages");
            Country country = new Country(row.required("code"), row.required("name_en"), row.required("name_native"),
                    languages.isEmpty() ? List.of() : List.of(languages.split("\\s+")));
            if (!seen.add(country.code())) {
                throw row.problem("country " + country.code() + " is listed twice");
            }
            return country;
        });
    }
}
