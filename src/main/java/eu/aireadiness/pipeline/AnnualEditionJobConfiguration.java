package eu.aireadiness.pipeline;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The annual job: officers' files in, publications out. */
@Configuration
class AnnualEditionJobConfiguration {

    static final String JOB_NAME = "annualEdition";

    @Bean
    Job annualEditionJob(JobRepository jobRepository, Step intakeStep, Step computeStep, Step publishStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(intakeStep)
                .next(computeStep)
                .next(publishStep)
                .build();
    }
}
