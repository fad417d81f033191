package eu.aireadiness.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import eu.aireadiness.compute.MethodDocument;
import eu.aireadiness.compute.MethodFile;
import eu.aireadiness.dataset.EditionDataRepository;
import eu.aireadiness.dataset.EditionDataSet;
import eu.aireadiness.framework.Framework;
import eu.aireadiness.publication.coinr.CoinrExport;
import eu.aireadiness.publication.coinr.CoinrExportStore;
import eu.aireadiness.results.EditionScoring;
import eu.aireadiness.results.EditionResults;
import eu.aireadiness.results.PublicationFacts;
import eu.aireadiness.results.PublicationFactsStore;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.PublishedEditionAssembler;
import eu.aireadiness.results.ScoreStore;

/**
 * The computation step: loads the edition's data set (and the two before it, for gap filling and changes), runs
 * the method on the whole population at once, with the uncertainty analysis of its assumptions when the method file
 * has one, works out what the publication needs besides the scores (the provenance of each value, how each country's
 * data came in, the coherence statistics: {@link PublicationFacts}), and replaces the edition's stored results and
 * facts in one transaction. The codebook, countries, reference data and method come from the job's
 * {@link EditionContext}. It also makes the edition's COINr export ({@link CoinrExport}: the raw data set, the
 * structure and the method file), which needs the data sets too.
 */
@Configuration
class ComputeStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ComputeStepConfiguration.class);

    @Bean
    Step computeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     Tasklet computeTasklet, StageProgress progress) {
        return new StepBuilder("compute", jobRepository).tasklet(computeTasklet, transactionManager)
                .listener(progress).build();
    }

    @Bean
    @StepScope
    Tasklet computeTasklet(@Value("#{jobParameters['edition']}") Long edition, EditionContext context,
                           EditionDataRepository data, ScoreStore scores, PublicationFactsStore facts,
                           CoinrExportStore coinr) {
        return (contribution, chunk) -> {
            int year = edition.intValue();
            Framework framework = context.framework();
            MethodDocument method = context.requiredMethod();
            EditionScoring scoring = new EditionScoring(framework.codebook(), framework.countries(),
                    framework.reference(), method.method(), method.uncertainty());
            EditionDataSet current = data.load(year);
            EditionDataSet previous = data.load(year - 1);
            EditionResults results = scoring.score(current, previous, data.load(year - 2));
            // What the publication shows besides the scores comes from the same data sets, worked out here once.
            PublishedEdition assembled = new PublishedEditionAssembler(framework.codebook(), framework.countries())
                    .assemble(context.edition(year), results, current, previous, method.method(),
                            method.uncertainty());
            scores.replace(year, results);
            facts.replace(year, PublicationFacts.of(assembled));
            coinr.replace(CoinrExport.of(framework.codebook(), framework.countries(), framework.reference(), current,
                    previous, methodFileText(context)));
            contribution.incrementWriteCount(results.scores().size() + results.rankIntervals().size());
            log.info("Computed edition {}: {} results and {} rank intervals for {} countries", year,
                    results.scores().size(), results.rankIntervals().size(), framework.countries().size());
            chunk.getStepContext().getStepExecution().getExecutionContext().putString(StageProgress.SUMMARY,
                    framework.countries().size() + " countries, " + framework.codebook().indicators().size()
                            + " indicators, " + method.uncertainty().map(u -> u.replications() + " replications")
                            .orElse("no uncertainty analysis"));
            return RepeatStatus.FINISHED;
        };
    }

    /**
     * The text of the method file this run computes with, to be published as it is. The run read the file when it
     * started; should it have been changed since, what the export says would not be what the scores were computed
     * with, so the step fails and the next run, its inputs changed, computes again.
     */
    static String methodFileText(EditionContext context) throws IOException {
        Path file = context.folder().methodFile();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!MethodFile.readDocument(file).equals(context.requiredMethod())) {
            throw new IllegalStateException(file + " was changed while the edition was being computed; run again to"
                    + " compute the edition with the method file as it is now");
        }
        return text;
    }
}
