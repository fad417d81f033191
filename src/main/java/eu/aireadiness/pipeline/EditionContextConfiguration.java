package eu.aireadiness.pipeline;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;

/**
 * The edition context as a bean of the job's scope: made once per execution of a job, from its parameters, and given
 * to every step of it. It is a record, so it is not proxied: only step-scoped beans, made while the job runs, take it.
 */
@Configuration
class EditionContextConfiguration {

    @Bean
    @Scope(value = "job", proxyMode = ScopedProxyMode.NO)
    EditionContext editionContext(@Value("#{jobParameters['inputs']}") String fingerprint,
                                  @Value("#{jobParameters['input']}") String input,
                                  @Value("#{jobParameters['templates']}") String templates,
                                  @Value("#{jobParameters['edition']}") Long edition, EditionContexts contexts) {
        return contexts.forRun(fingerprint, Path.of(input), templates == null ? null : Path.of(templates),
                edition != null);
    }
}
