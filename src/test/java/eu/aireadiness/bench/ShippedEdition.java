package eu.aireadiness.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import eu.aireadiness.compute.MethodDocument;
import eu.aireadiness.compute.MethodFile;
import eu.aireadiness.dataset.CountrySubmission;
import eu.aireadiness.dataset.EditionDataSet;
import eu.aireadiness.dataset.Rejection;
import eu.aireadiness.dataset.SubmittedValue;
import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.intake.DropFolders;
import eu.aireadiness.intake.FileIntake;
import eu.aireadiness.intake.SubmissionLimits;
import eu.aireadiness.results.EditionScoring;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.PublishedEditionAssembler;
import eu.aireadiness.submission.Observation;
import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.validation.PreviousValues;
import eu.aireadiness.validation.ValidationReport;

/**
 * An edition of an input folder as the publish step receives it, made by the pipeline's own classes without Spring
 * or a database: every file of the country folders checked in order of arrival (as the intake does), the latest
 * accepted version of each country and edition, scored as the compute step does and assembled as the publish step
 * does.
 */
public record ShippedEdition(PublishedEdition edition) {

    public static ShippedEdition load(Path input, int year) {
        InputFolder folder = new InputFolder(input);
        Framework framework = folder.load();
        FileIntake check = new FileIntake(framework, SubmissionLimits.DEFAULT);
        Map<String, Double> acceptedValues = new HashMap<>();
        PreviousValues previous = (country, edition, indicator) -> {
            Double value = acceptedValues.get(country + '|' + edition + '|' + indicator);
            return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
        };
        Map<Integer, Map<String, CountrySubmission>> accepted = new HashMap<>();
        Map<Integer, Map<String, Rejection>> rejected = new HashMap<>();
        for (SubmissionFile file : DropFolders.files(folder, framework.countries())) {
            List<Observation> observations = new ArrayList<>();
            ValidationReport report = check.check(file, file.path(), previous, observations::add);
            String country = file.folderCountry();
            if (!report.accepted()) {
                rejected.computeIfAbsent(report.edition(), e -> new HashMap<>()).put(country,
                        new Rejection(country, file.fileName(), report.rejectionSummary(),
                                report.problems().stream().filter(ValidationProblem::isError)
                                        .map(ValidationProblem::rule).collect(Collectors.toSet())));
                continue;
            }
            Map<String, SubmittedValue> values = new LinkedHashMap<>();
            for (Observation o : observations) {
                values.put(o.indicator(), new SubmittedValue(o.value().orElse(Double.NaN), o.status(), o.source(),
                        o.row()));
                o.value().ifPresent(v -> acceptedValues.put(country + '|' + report.edition() + '|' + o.indicator(), v));
            }
            Map<String, CountrySubmission> ofEdition = accepted.computeIfAbsent(report.edition(), e -> new HashMap<>());
            int version = ofEdition.containsKey(country) ? ofEdition.get(country).version() + 1 : 1;
            ofEdition.put(country, new CountrySubmission(country, version, file.fileName(), file.sha256(), version,
                    values));
        }
        MethodDocument method = MethodFile.readDocument(folder.methodFile());
        EditionScoring scoring = new EditionScoring(framework.codebook(), framework.countries(),
                framework.reference(), method.method(), method.uncertainty());
        EditionDataSet current = dataSet(year, accepted, rejected);
        EditionDataSet previousData = dataSet(year - 1, accepted, rejected);
        var results = scoring.score(current, previousData, dataSet(year - 2, accepted, rejected));
        PublishedEdition edition = new PublishedEditionAssembler(framework.codebook(), framework.countries())
                .assemble(framework.edition(year).orElseThrow(), results, current, previousData, method.method(),
                        method.uncertainty())
                .withReference(framework.reference());
        return new ShippedEdition(edition);
    }

    /** The edition's accepted submissions, and the rejections of countries that have none accepted. */
    private static EditionDataSet dataSet(int year, Map<Integer, Map<String, CountrySubmission>> accepted,
                                          Map<Integer, Map<String, Rejection>> rejected) {
        Map<String, CountrySubmission> ofYear = accepted.getOrDefault(year, Map.of());
        Map<String, Rejection> rejections = new HashMap<>(rejected.getOrDefault(year, Map.of()));
        rejections.keySet().removeAll(ofYear.keySet());
        return new EditionDataSet(year, ofYear, rejections);
    }
}
