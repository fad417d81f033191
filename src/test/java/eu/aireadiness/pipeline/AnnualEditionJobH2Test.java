package eu.aireadiness.pipeline;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The end-to-end checks on the embedded H2 database kept in a file, as `make run` uses it. */
@SpringBootTest
class AnnualEditionJobH2Test extends AnnualEditionEndToEndChecks {

    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-e2e-h2");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("readiness.database", () -> WORKSPACE.database().toString());
    }

    @Override
    EditionWorkspace workspace() {
        return WORKSPACE;
    }
}
