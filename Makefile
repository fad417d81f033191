# The two commands of the README: `make run` and `make test`.
JAR     := target/readiness-index.jar
SOURCES := pom.xml $(shell find src/main -type f 2>/dev/null)
MVN     := mvn -B -q
YEAR    ?= 2026

# Start-up (issue 12): `make run` starts the jar extracted into target/app/ (plain jars on the class path instead
# of jars nested in the fat jar) with a class-data-sharing archive recorded by a training run when the jar changes.
# The JVM's flags: the serial collector and a heap bounded well above what a run keeps live keep the peak memory
# under 400 MB (G1 with the default heap: about 900 MB); C1 alone compiles, because for a run of seconds C2's
# compiles cost more CPU than they save (measured: half the CPU time of a fresh run); smaller thread stacks.
APP      := target/app
APP_JAR  := $(APP)/readiness-index.jar
CDS      := $(APP)/readiness-index.jsa
JVM      := -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx256m -Xss512k
RUN_JAVA := java $(JVM) -XX:SharedArchiveFile=$(CDS) -jar $(APP_JAR)
# Extra options for `make run`, e.g. RUN_OPTIONS="--output /srv/airi" (the benchmark points it at a scratch copy).
RUN_OPTIONS ?=

# Extra options for `make serve`, e.g. SERVE_OPTIONS="--port 8443 --spring.profiles.active=postgres".
SERVE_OPTIONS ?=

# axe-core for the browser test's accessibility check (see the rule of $(AXE) below).
AXE_VERSION := 4.14.1
AXE_SHA256  := e6b0ce02b84d892e2e33e403485e7f3d6c29e2be6df65daf44d89ba564139745
AXE         := target/axe/package/axe.min.js

.PHONY: run serve test build bench sample-input clean help

## run: build if needed, then publish the $(YEAR) edition from input/ into output/$(YEAR)/ (embedded H2 in data/)
run: $(CDS)
	$(RUN_JAVA) run --year $(YEAR) $(RUN_OPTIONS)

## serve: build if needed, then run the service until Ctrl+C: the portal on http://127.0.0.1:8080/, the watcher of input/ and the annual schedule (embedded H2 in data/)
# The JVM of `make run` minus C1-only compiling (a service runs for days: C2 pays back) and with a larger heap for
# the portal's sessions; the class-data archive of the run's training still serves the classes they share.
serve: $(CDS)
	java -XX:+UseSerialGC -Xmx512m -XX:SharedArchiveFile=$(CDS) -jar $(APP_JAR) serve $(SERVE_OPTIONS)

## test: the whole test suite (the PostgreSQL end-to-end test runs when READINESS_TEST_PG_URL is set, as in .ci/run)
test: $(AXE)
	mvn -B --no-transfer-progress test

# axe-core, the accessibility checker the browser test (PortalInBrowserTest) injects into each page: fetched from the
# npm registry into target/ at build time, never kept in the project. npm checks the package against the registry's
# integrity hash; AXE_SHA256 (at the top) pins the exact tarball of this version as well.
# A machine with only Java, Maven and make has no npm: `make test` still runs, and the browser test says it skips
# its check; in CI (CI set) a missing npm fails here, so the check never goes missing unnoticed.
$(AXE):
	@if ! command -v npm >/dev/null 2>&1; then \
		if [ -n "$$CI" ]; then \
			echo "npm not found: it fetches axe-core for the browser test; install it (apt-get install npm)" >&2; \
			exit 1; \
		fi; \
		echo "npm not found: the browser test's accessibility check is skipped (install npm to run it)"; \
	else \
		mkdir -p target/axe && cd target/axe && npm pack --silent axe-core@$(AXE_VERSION) >/dev/null \
		&& echo "$(AXE_SHA256)  axe-core-$(AXE_VERSION).tgz" | sha256sum --check --quiet \
		&& tar -xzf axe-core-$(AXE_VERSION).tgz package/axe.min.js package/LICENSE && touch package/axe.min.js; \
	fi

## build: the executable jar
build: $(JAR)

# touch: the jar's entries and the file itself carry the fixed project.build.outputTimestamp (reproducible
# build), which would leave it older than its sources for ever; make compares the time it was built.
$(JAR): $(SOURCES)
	$(MVN) -DskipTests package
	touch $(JAR)

# Spring Boot's extracted layout: the application's classes in a thin jar whose manifest names the jars of lib/.
$(APP_JAR): $(JAR)
	rm -rf $(APP)
	java -Djarmode=tools -jar $(JAR) extract --destination $(APP)
	touch $(APP_JAR)

# The training run, Spring Boot's: the application starts for `run` and exits once its context is ready
# (-Dspring.context.exit=onRefresh), and the JVM records the classes it loaded. Its database (Flyway migrates it)
# is a scratch one in target/cds-training/, and nothing else is written. A whole run of the edition as training
# was measured too: about 5% less CPU for a run, within this machine's noise, for twice the training time and only
# when input/ holds a valid edition. It runs from this folder with the same relative jar path as `make run`: Java 17
# uses the archive only for the class path written as at training (otherwise silently without it).
# The archive is tied to these exact jars: if it is missing the JVM starts without it, and if they changed it says
# so in one line and starts without it. A failed training run leaves an empty archive, with which the JVM starts
# without sharing classes, until the jar changes or the file is removed.
$(CDS): $(APP_JAR)
	rm -rf target/cds-training $(CDS)
	mkdir -p target/cds-training
	java $(JVM) -XX:ArchiveClassesAtExit=$(CDS) -Dspring.context.exit=onRefresh -jar $(APP_JAR) run --year $(YEAR) \
		--output target/cds-training/output --db $(CURDIR)/target/cds-training/data/readiness \
		> target/cds-training/training.log 2>&1 \
		|| { : > $(CDS); echo "class-data archive not made (see target/cds-training/training.log); running without it;" \
		"remove $(CDS) to try again" >&2; }

## sample-input: regenerate the illustrative sample input in input/
sample-input: $(JAR)
	java -jar $(JAR) sample-input

## bench: time an ASEM rebuild and its uncertainty and sensitivity analyses, the publication of an edition, the intake of a 1,000,000-row file, and the whole processes of make run, --version, compute and a refused command line (not a test)
bench: $(CDS)
	$(MVN) test-compile
	$(MVN) dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
	java -cp target/classes:target/test-classes:$$(cat target/bench.classpath) eu.aireadiness.bench.UncertaintyBenchmark
	java -cp target/classes:target/test-classes:$$(cat target/bench.classpath) eu.aireadiness.bench.PublicationBenchmark
	@# 2 GB: the generated codebook of a million indicators that makes the file valid holds about 500 MB by itself.
	java -Xmx2g -cp target/classes:target/test-classes:$$(cat target/bench.classpath) eu.aireadiness.bench.IntakeBenchmark
	java -cp target/classes:target/test-classes:$$(cat target/bench.classpath) eu.aireadiness.bench.ScaleBenchmark
	java -cp target/test-classes eu.aireadiness.bench.ProcessBenchmark $(RUN_JAVA)

## clean: remove the build, the embedded database and the publications
clean:
	rm -rf target data output

help:
	@grep -E '^## ' Makefile | sed 's/^## /  /'
