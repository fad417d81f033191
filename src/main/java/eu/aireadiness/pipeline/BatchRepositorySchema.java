package eu.aireadiness.pipeline;

import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates Spring Batch's job-repository tables with the script Spring Batch ships for the database in use, as the
 * first Flyway migration, so that both schemas are versioned together and never re-created on a second start.
 */
class BatchRepositorySchema extends BaseJavaMigration {

    @Override
    public String getDescription() {
        return "Spring Batch job repository";
    }

    @Override
    public org.flywaydb.core.api.MigrationVersion getVersion() {
        return org.flywaydb.core.api.MigrationVersion.fromVersion("1");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String platform = platformOf(connection.getMetaData().getDatabaseProductName());
        ScriptUtils.executeSqlScript(connection,
                new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"));
    }

    private static String platformOf(String productName) {
        String name = productName.toLowerCase(java.util.Locale.ROOT);
        if (name.contains("h2")) {
            return "h2";
        }
        if (name.contains("postgres")) {
            return "postgresql";
        }
        throw new IllegalStateException("database '" + productName + "' is not supported: use H2 or PostgreSQL");
    }
}
