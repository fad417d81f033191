package eu.aireadiness.pipeline;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Versions the whole database with Flyway: Spring Batch's tables first, then the pipeline's own. */
@Configuration
class SchemaConfiguration {

    @Bean
    FlywayConfigurationCustomizer batchRepositorySchema() {
        return configuration -> configuration.javaMigrations(new BatchRepositorySchema());
    }
}
