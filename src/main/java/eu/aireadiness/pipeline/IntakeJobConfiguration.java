package eu.aireadiness.pipeline;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The intake alone: take in what waits in the countries' folders, answer each file, compute and publish nothing. */
@Configuration
class IntakeJobConfiguration {

    @Bean
    Job intakeJob(JobRepository jobRepository, Step intakeStep) {
        return new JobBuilder("intake", jobRepository).start(intakeStep).build();
    }
}
