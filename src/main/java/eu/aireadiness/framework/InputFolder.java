package eu.aireadiness.framework;

import java.nio.file.Path;
import java.util.List;

/**
 * The layout of the input folder: the edition's configuration files at the top, one drop folder per country.
 *
 * <pre>
 * input/codebook.csv         pillars and indicators
 * input/countries.csv        participating countries
 * input/editions.csv         title, publication date and data status of each edition
 * input/reference-data.csv   population and GDP per country and year, with sources
 * input/method.yml           the steps of the method (see "Method file" in README.md)
 * input/&lt;CC&gt;/                 the officers' files of country CC
 * </pre>
 */
public record InputFolder(Path root) {

    public Path codebookFile() {
        return root.resolve("codebook.csv");
    }

    public Path countriesFile() {
        return root.resolve("countries.csv");
    }

    public Path editionsFile() {
        return root.resolve("editions.csv");
    }

    public Path referenceDataFile() {
        return root.resolve("reference-data.csv");
    }

    public Path methodFile() {
        return root.resolve("method.yml");
    }

    public Path countryFolder(String countryCode) {
        return root.resolve(countryCode);
    }

    /** Reads and checks the configuration files; an {@link InputFileException} names the file and line at fault. */
    public Framework load() {
        Codebook codebook = CodebookReader.read(codebookFile());
        List<Country> countries = CountriesReader.read(countriesFile());
        List<EditionInfo> editions = EditionsReader.read(editionsFile());
        ReferenceData reference = ReferenceDataReader.read(referenceDataFile());
        return new Framework(codebook, countries, editions, reference);
    }
}
