package eu.aireadiness.framework;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the participating countries: code, English name, name in the country's own language. */
public final class CountriesReader {

    private CountriesReader() {
    }

    public static List<Country> read(Path file) {
        Set<String> seen = new HashSet<>();
        return CsvTables.read(file, Set.of("code", "name_en", "name_native"), row -> {
            Country country = new Country(row.required("code"), row.required("name_en"), row.required("name_native"));
            if (!seen.add(country.code())) {
                throw row.problem("country " + country.code() + " is listed twice");
            }
            return country;
        });
    }
}
