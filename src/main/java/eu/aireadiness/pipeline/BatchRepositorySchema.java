package eu.aireadiness.pipeline;

import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates Spring Batch's job-repository tables with the script Spring Batch ships for the database in use, as the
 * first Flyway migration, so that both schemas are versioned together and never re-created on a second start.
 */
class BatchRepositorySchema implements JavaMigration {

    @Override
    public String getDescription() {
        return "Spring Batch job repository";
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1");
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
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
