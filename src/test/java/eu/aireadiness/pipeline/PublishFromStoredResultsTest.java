package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import eu.aireadiness.dataset.EditionDataRepository;
import eu.aireadiness.dataset.EditionDataSet;
import eu.aireadiness.dataset.SubmittedValue;
import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.intake.DropFolders;
import eu.aireadiness.compute.MethodDocument;
import eu.aireadiness.compute.MethodFile;
import eu.aireadiness.results.EditionResults;
import eu.aireadiness.results.PublicationFacts;
import eu.aireadiness.results.PublicationFactsStore;
import eu.aireadiness.results.PublishedEditionAssembler;
import eu.aireadiness.results.ScoreStore;
import eu.aireadiness.validation.PreviousValues;

/**
 * The publication step only loads and lays out: published after compute from the stored results, with the officers'
 * files, their archived copies and the edition's submitted values all gone, it gives the very files of an ordinary
 * run. And what compute stored for the publication is what the edition's data sets give; the intake compares a file
 * with its country's latest accepted values of an earlier edition.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishFromStoredResultsTest {

    private static final int EDITION = 2026;
    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-stored");
    private static boolean published;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("readiness.database", () -> WORKSPACE.database().toString());
    }

    /**
     * The annual job's steps with one more before the publication: it removes every raw datum of the run, so that
     * the publication can only come from what compute stored.
     */
    @TestConfiguration
    static class WithoutRawData {

        @Bean
        Job publishWithoutRawDataJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     Step intakeStep, Step computeStep, Step publishStep, JdbcTemplate jdbc) {
            Step removeRawData = new StepBuilder("removeRawData", jobRepository)
                    .tasklet((contribution, chunk) -> {
                        removeCountryFolders(WORKSPACE.input());
                        deleteTree(WORKSPACE.archive());
                        jdbc.update("DELETE FROM submitted_value_block");
                        return RepeatStatus.FINISHED;
                    }, transactionManager).build();
            return new JobBuilder("publishWithoutRawData", jobRepository)
                    .start(intakeStep).next(computeStep).next(removeRawData).next(publishStep).build();
        }
    }

    @Autowired
    AnnualRun annualRun;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    Job publishWithoutRawDataJob;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EditionDataRepository data;

    @Autowired
    ScoreStore scores;

    @Autowired
    PublicationFactsStore facts;

    @BeforeEach
    void publishOnce() throws Exception {
        if (!published) {
            AnnualRun.Outcome outcome = annualRun.run(EDITION, WORKSPACE.settings());
            assertThat(outcome.success()).as(outcome.message()).isTrue();
            published = true;
        }
    }

    @Test
    @Order(1)
    void whatComputeStoredForThePublicationIsWhatTheEditionsDataSetsGive() {
        Framework framework = new InputFolder(WORKSPACE.input()).load();
        MethodDocument method = MethodFile.readDocument(new InputFolder(WORKSPACE.input()).methodFile());
        EditionResults results = new EditionResults(scores.load(EDITION), scores.loadRankIntervals(EDITION));
        PublicationFacts fromDataSets = PublicationFacts.of(new PublishedEditionAssembler(framework.codebook(),
                framework.countries()).assemble(framework.edition(EDITION).orElseThrow(), results,
                data.load(EDITION), data.load(EDITION - 1), method.method(), method.uncertainty()));

        PublicationFacts stored = facts.load(EDITION);

        assertThat(stored).isEqualTo(fromDataSets);
        assertThat(stored.coherence().correlations()).isNotEmpty();
        assertThat(stored.coherence().aggregates()).isNotEmpty();
        assertThat(stored.submissions()).hasSize(framework.countries().size());
        assertThat(stored.previousIndicators()).isPresent();
    }

    @Test
    @Order(3)
    void eachStoredSourceIsTheSubmittedRowOfTheValuesDataYear() {
        // Worked out in SQL, apart from the code: the row of the latest accepted file of the edition that supplied
        // the value (the score's data year), for every indicator with a value of every ranked country.
        List<Map<String, Object>> expected = jdbc.queryForList("SELECT sc.country, sc.code, v.source, s.file_name,"
                + " s.version, v.source_row FROM score sc"
                + " JOIN score ix ON ix.edition = sc.edition AND ix.basis = sc.basis AND ix.country = sc.country"
                + "  AND ix.level_no = 3 AND ix.score_rank IS NOT NULL"
                + " JOIN submission s ON s.country = sc.country AND s.edition = sc.data_year AND s.status = 'ACCEPTED'"
                + "  AND s.version = (SELECT MAX(m.version) FROM submission m WHERE m.country = s.country"
                + "   AND m.edition = s.edition AND m.status = 'ACCEPTED')"
                + " JOIN submitted_value v ON v.submission_id = s.id AND v.indicator = sc.code"
                + " WHERE sc.edition = ? AND sc.basis = 'CURRENT' AND sc.level_no = 1 ORDER BY sc.country, sc.code",
                EDITION);
        List<Map<String, Object>> stored = jdbc.queryForList("SELECT country, code, source, file_name,"
                + " submission_version AS version, source_row FROM publication_value_source WHERE edition = ?"
                + " ORDER BY country, code", EDITION);

        assertThat(expected).hasSizeGreaterThan(500);
        assertThat(stored).isEqualTo(expected);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM score WHERE edition = ? AND basis = 'CURRENT'"
                + " AND level_no = 1 AND data_year < ?", Integer.class, EDITION, EDITION))
                .as("values carried forward from the previous edition are among them").isPositive();
    }

    @Test
    @Order(2)
    void theIntakeComparesAFileWithItsCountrysLatestAcceptedValuesOfAnEarlierEdition() {
        Framework framework = new InputFolder(WORKSPACE.input()).load();
        PreviousValues previous = data.previousValues();
        int compared = 0;
        for (int edition : List.of(EDITION - 1, EDITION)) {
            EditionDataSet dataSet = data.load(edition);
            for (eu.aireadiness.framework.Country country : framework.countries()) {
                for (eu.aireadiness.framework.Indicator indicator : framework.codebook().indicators()) {
                    OptionalDouble expected = dataSet.value(country.code(), indicator.code())
                            .map(SubmittedValue::value).filter(v -> !Double.isNaN(v))
                            .map(OptionalDouble::of).orElseGet(OptionalDouble::empty);
                    assertThat(previous.of(country.code(), edition, indicator.code()))
                            .as(country.code() + " " + edition + " " + indicator.code()).isEqualTo(expected);
                    compared += expected.isPresent() ? 1 : 0;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    /** Last: it removes the raw data that the tests above read. */
    @Test
    @Order(4)
    void thePublicationFromStoredResultsAloneIsTheOrdinaryOne() throws Exception {
        Path ordinary = WORKSPACE.output().resolve(String.valueOf(EDITION));
        Path withoutRawData = WORKSPACE.root().resolve("without-raw-data");
        Path templates = Path.of("output-templates").toAbsolutePath();
        String fingerprint = InputFingerprint.of(DropFolders.DEFAULT_SETTLE, WORKSPACE.input(), templates);

        JobExecution execution = jobOperator.start(publishWithoutRawDataJob, AnnualRun.parameters(EDITION,
                fingerprint, WORKSPACE.input(), withoutRawData, templates, WORKSPACE.archive(), 0));

        assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(Files.exists(WORKSPACE.input().resolve("AT"))).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submitted_value", Integer.class)).isZero();
        Map<String, String> expected = digests(ordinary);
        assertThat(expected).hasSizeGreaterThan(90);
        assertThat(digests(withoutRawData.resolve(String.valueOf(EDITION)))).isEqualTo(expected);
    }

    private static Map<String, String> digests(Path folder) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(folder.relativize(file).toString(), HexFormat.of().formatHex(
                        sha256(Files.readAllBytes(file))));
            }
        }
        return digests;
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void removeCountryFolders(Path input) throws IOException {
        try (Stream<Path> entries = Files.list(input)) {
            for (Path folder : entries.filter(p -> Files.isDirectory(p)
                    && p.getFileName().toString().matches("[A-Z]{2}")).toList()) {
                deleteTree(folder);
            }
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
