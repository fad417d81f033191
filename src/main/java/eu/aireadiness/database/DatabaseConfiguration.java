package eu.aireadiness.database;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/** The database as the pipeline uses it: bounded waits on the connection, and the locks of runs and intakes. */
@Configuration
class DatabaseConfiguration {

    @Bean
    DatabaseLocation databaseLocation(@Value("${spring.datasource.url}") String url) {
        return new DatabaseLocation(url);
    }

    @Bean
    RunLocks runLocks(DataSource dataSource, DatabaseLocation location, DatabaseProperties settings) {
        return location.isPostgres() ? new AdvisoryRunLocks(dataSource, settings.lockWait(),
                settings.databaseCheck(), location)
                : new InProcessRunLocks(settings.lockWait());
    }

    /** Static, so that it sees the pool before it is started and its settings sealed. */
    @Bean
    static BeanPostProcessor boundedDatabaseWaits(@Value("${readiness.database-timeout:60s}")
                                                  Duration timeout) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool) {
                    DatabaseTimeouts.apply(pool, timeout);
                }
                return bean;
            }
        };
    }
}
