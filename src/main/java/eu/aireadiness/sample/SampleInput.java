package eu.aireadiness.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.CodebookReader;
import eu.aireadiness.framework.CountriesReader;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.ReferenceData;
import eu.aireadiness.framework.ReferenceValue;

/**
 * Generates the illustrative sample input of the 2025 and 2026 editions: the reference data (population and GDP),
 * one folder per country with the officers' submission files, and the folder's README.
 *
 * <p>The values are anchored on published Eurostat and related figures ({@link PublishedAnchors}) and derived with
 * seeded noise where nothing is published; they are illustrative, not official. The files imitate a real intake
 * round (CSV dialects, workbooks, a late country, a rejected file, estimates and missing values: see
 * {@link Scenarios}). The output depends only on the codebook, the country list and this code: two runs write
 * identical bytes, workbooks included.
 */
public final class SampleInput {

    static final String CODEBOOK = "codebook.csv";
    static final String COUNTRIES = "countries.csv";

    private SampleInput() {
    }

    /**
     * (Re)writes the sample under {@code inputDir}, which must hold the hand-maintained {@code codebook.csv} and
     * {@code countries.csv}; these and {@code editions.csv} are read, never written. Files of earlier runs that this
     * run does not produce are left alone: nothing in the officers' folders is ever deleted.
     */
    public static void generate(Path inputDir) {
        Codebook codebook = CodebookReader.read(inputDir.resolve(CODEBOOK));
        List<Country> countries = CountriesReader.read(inputDir.resolve(COUNTRIES));
        List<CountryScenario> scenarios = Scenarios.forCountries(countries);

        List<ReferenceValue> reference = ReferenceFigures.values(countries);
        ReferenceDataFile.write(inputDir.resolve(ReferenceDataFile.NAME), reference);

        UnitConversion denomination = new UnitConversion(new ReferenceData(reference));
        SampleFigures figures = SampleFigures.compute(codebook, countries, denomination);
        SubmissionBuilder builder = new SubmissionBuilder(codebook, figures, denomination, Scenarios.ANNOTATIONS);
        for (CountryScenario scenario : scenarios) {
            Path folder = createFolder(inputDir.resolve(scenario.country()));
            for (Submission submission : builder.submissions(scenario)) {
                Path file = folder.resolve(submission.layout().fileName());
                switch (submission.layout().format()) {
                    case COMMA_CSV, SEMICOLON_CSV -> CsvSubmissionWriter.write(file, submission);
                    case XLSX -> XlsxSubmissionWriter.write(file, submission);
                }
            }
        }
        InputReadme.write(inputDir.resolve(InputReadme.NAME));
    }

    private static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the country folder " + folder, e);
        }
    }
}
