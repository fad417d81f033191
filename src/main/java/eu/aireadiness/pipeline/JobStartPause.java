package eu.aireadiness.pipeline;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Holds every job for {@code readiness.pause-at-job-start} once it has started (its execution recorded as running,
 * its locks taken), before its first step. Off unless set: it exists so that the behaviour of a second process
 * beside a running one, or of a database going away during a run, can be rehearsed and tested with real processes
 * on a small input.
 */
@Configuration
@ConditionalOnProperty(name = "readiness.pause-at-job-start")
class JobStartPause {

    private static final Logger log = LoggerFactory.getLogger(JobStartPause.class);

    @Bean
    static BeanPostProcessor pauseAtJobStart(Environment environment) {
        Duration pause = environment.getRequiredProperty("readiness.pause-at-job-start", Duration.class);
        JobExecutionListener listener = new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution execution) {
                log.info("Execution {} of {} started; pausing {} s (readiness.pause-at-job-start)", execution.getId(),
                        execution.getJobInstance().getJobName(), pause.toSeconds());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof AbstractJob job) {
                    job.registerJobExecutionListener(listener);
                }
                return bean;
            }
        };
    }
}
