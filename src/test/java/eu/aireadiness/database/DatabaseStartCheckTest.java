package eu.aireadiness.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is checked of an H2 database before Spring opens it. */
class DatabaseStartCheckTest {

    @TempDir
    Path folder;

    @Test
    void aFileWhereTheDatabaseFolderShouldBeIsNamed() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("data"), "a note");
        DatabaseLocation location = new DatabaseLocation("jdbc:h2:file:" + notAFolder.resolve("readiness"));

        assertThatThrownBy(() -> DatabaseStartCheck.check(location)).isInstanceOf(DatabaseUnavailable.class)
                .hasMessage("the H2 database " + notAFolder.resolve("readiness.mv.db") + " cannot be used: its folder "
                        + notAFolder + " is a file, not a folder: move that file away or give another database path"
                        + " with --db");
    }

    @Test
    void aMissingFolderIsMadeAndAnEmptyDatabaseIsLeftToH2() throws Exception {
        Path base = folder.resolve("new").resolve("readiness");

        DatabaseStartCheck.check(new DatabaseLocation("jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE"));

        assertThat(base.getParent()).isDirectory();
        assertThat(base.resolveSibling("readiness.mv.db")).doesNotExist();
    }

    @Test
    void aFolderNamedLikeTheDatabaseFileIsNamed() throws Exception {
        Path base = folder.resolve("readiness");
        Files.createDirectories(folder.resolve("readiness.mv.db"));

        assertThatThrownBy(() -> DatabaseStartCheck.check(new DatabaseLocation("jdbc:h2:file:" + base)))
                .hasMessageContaining("cannot be used: it is not a regular file");
    }
}
