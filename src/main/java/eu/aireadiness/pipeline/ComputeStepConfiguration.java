package eu.aireadiness.pipeline;

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
import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.results.EditionScoring;
import eu.aireadiness.results.EditionResults;
import eu.aireadiness.results.ScoreStore;

/**
 * The computation step: loads the edition's data set (and the two before it, for gap filling and changes), runs
 * the method on the whole population at once, with the uncertainty analysis of its assumptions when the method file
 * has one, and replaces the edition's stored results in one transaction.
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
    Tasklet computeTasklet(@Value("#{jobParameters['input']}") String input,
                           @Value("#{jobParameters['edition']}") Long edition,
                           EditionDataRepository data, ScoreStore scores) {
        return (contribution, context) -> {
            int year = edition.intValue();
            InputFolder folder = new InputFolder(Path.of(input));
            Framework framework = folder.load();
            MethodDocument method = MethodFile.readDocument(folder.methodFile());
            EditionScoring scoring = new EditionScoring(framework.codebook(), framework.countries(),
                    framework.reference(), method.method(), method.uncertainty());
            EditionResults results = scoring.score(data.load(year), data.load(year - 1), data.load(year - 2));
            scores.replace(year, results);
            contribution.incrementWriteCount(results.scores().size() + results.rankIntervals().size());
            log.info("Computed edition {}: {} results and {} rank intervals for {} countries", year,
                    results.scores().size(), results.rankIntervals().size(), framework.countries().size());
            context.getStepContext().getStepExecution().getExecutionContext().putString(StageProgress.SUMMARY,
                    framework.countries().size() + " countries, " + framework.codebook().indicators().size()
                            + " indicators, " + method.uncertainty().map(u -> u.replications() + " replications")
                            .orElse("no uncertainty analysis"));
            return RepeatStatus.FINISHED;
        };
    }
}
