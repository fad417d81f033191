package eu.aireadiness.pipeline;

import java.nio.file.Path;
import java.util.List;

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
import eu.aireadiness.dataset.RevisionRepository;
import eu.aireadiness.feedback.IntakeStatusFiles;
import eu.aireadiness.feedback.IntakeStatusRepository;
import eu.aireadiness.framework.Framework;
import eu.aireadiness.publication.Publisher;
import eu.aireadiness.publication.coinr.CoinrExportStore;
import eu.aireadiness.results.EditionResults;
import eu.aireadiness.results.PublicationFactsStore;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.PublishedEditionAssembler;
import eu.aireadiness.results.ScoreStore;

/**
 * The publication step: lays the stored results out as the edition's PDF, workbook and open-data files, with the
 * COINr export that compute stored ({@code coinr/}), and the intake's per-country status table under
 * {@code status/}, all replaced together in one move. The revisions of
 * earlier, published editions accepted since are listed in its data notes. It only loads and lays out: the scores,
 * rank intervals and {@link eu.aireadiness.results.PublicationFacts} that compute stored, and the codebook, countries,
 * reference data and method of the job's {@link EditionContext}; it reads neither the edition's data nor the input
 * folder.
 */
@Configuration
class PublishStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PublishStepConfiguration.class);

    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     Tasklet publishTasklet, StageProgress progress) {
        return new StepBuilder("publish", jobRepository).tasklet(publishTasklet, transactionManager)
                .listener(progress).build();
    }

    @Bean
    @StepScope
    Tasklet publishTasklet(@Value("#{jobParameters['output']}") String output,
                           @Value("#{jobParameters['templates']}") String templates,
                           @Value("#{jobParameters['edition']}") Long edition, EditionContext context,
                           ScoreStore scores, PublicationFactsStore facts, IntakeStatusRepository intake,
                           RevisionRepository revisions, CoinrExportStore coinr) {
        return (contribution, chunk) -> {
            int year = edition.intValue();
            Framework framework = context.framework();
            MethodDocument method = context.requiredMethod();
            PublishedEdition published = new PublishedEditionAssembler(framework.codebook(), framework.countries())
                    .assemble(context.edition(year), new EditionResults(scores.load(year),
                                    scores.loadRankIntervals(year)), facts.load(year), method.method(),
                            method.uncertainty())
                    .withRevisions(revisions.listedIn(year))
                    .withReference(framework.reference())
                    // The previous edition comes recomputed with this edition's method; those before it as published.
                    .withEarlier(scores.loadEarlierAggregates(year - 1));
            List<Path> files = new Publisher(Path.of(templates))
                    .publish(published, Path.of(output, String.valueOf(year)), coinr.load(year).files());
            // The officers' status table names their files and quotes the intake: beside the publication, not in it.
            List<Path> status = IntakeStatusFiles.write(year, intake.load(year, framework.countries()),
                    Path.of(output, "status", String.valueOf(year)));
            log.info("Intake status of edition {} for the officers: {}", year, status.get(1));
            contribution.incrementWriteCount(files.size());
            log.info("Published edition {}: {} countries ranked, {} files in {}", year, published.ranking().size(),
                    files.size(), Path.of(output, String.valueOf(year)));
            return RepeatStatus.FINISHED;
        };
    }
}
