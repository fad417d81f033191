# The two commands of the README: `make run` and `make test`.
JAR     := target/readiness-index.jar
SOURCES := pom.xml $(shell find src/main -type f 2>/dev/null)
MVN     := mvn -B -q
YEAR    ?= 2026

.PHONY: run test build bench sample-input clean help

## run: build if needed, then publish the $(YEAR) edition from input/ into output/$(YEAR)/ (embedded H2 in data/)
run: $(JAR)
	java -jar $(JAR) run --year $(YEAR)

## test: the whole test suite (the PostgreSQL end-to-end test runs when READINESS_TEST_PG_URL is set, as in .ci/run)
test:
	mvn -B --no-transfer-progress test

## build: the executable jar
build: $(JAR)

$(JAR): $(SOURCES)
	$(MVN) -DskipTests package

## sample-input: regenerate the illustrative sample input in input/
sample-input: $(JAR)
	java -jar $(JAR) sample-input

## bench: time an ASEM rebuild and its uncertainty and sensitivity analyses, the publication of an edition, and the intake of a 1,000,000-row file (not a test)
bench:
	$(MVN) test-compile
	$(MVN) dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
	java -cp target/classes:target/test-classes:$$(cat target/bench.classpath) eu.aireadiness.bench.UncertaintyBenchmark
	java -cp target/classes:target/test-classes:$$(cat target/bench.classpath) eu.aireadiness.bench.PublicationBenchmark
	@# 2 GB: the generated codebook of a million indicators that makes the file valid holds about 500 MB by itself.
	java -Xmx2g -cp target/classes:target/test-classes:$$(cat target/bench.classpath) eu.aireadiness.bench.IntakeBenchmark
	java -cp target/classes:target/test-classes:$$(cat target/bench.classpath) eu.aireadiness.bench.ScaleBenchmark

## clean: remove the build, the embedded database and the publications
clean:
	rm -rf target data output

help:
	@grep -E '^## ' Makefile | sed 's/^## /  /'
