package eu.aireadiness.portal.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import eu.aireadiness.intake.FeedbackFiles;

/**
 * The intake's answer on one file, as the portal shows it: the facts at the head of {@code <file>.feedback.txt}
 * (received, checksum, result, counts) and one table row per line of {@code <file>.feedback.csv}, the problems with
 * their row, column, value found and what to do. Read from the files the intake wrote, so the page says exactly what
 * an officer who dropped the file would read.
 *
 * @param title  the text file's title, naming the file
 * @param facts  its "Label: value" lines, in order
 * @param notes  its other sentences outside the problems' blocks (what to do next, how many problems were left out)
 * @param rows   the CSV's rows
 */
record FeedbackView(String title, Map<String, String> facts, List<String> notes, List<Row> rows) {

    /** One line of the {@code .feedback.csv}. */
    record Row(String row, String column, String value, String severity, String rule, String message) {
        public boolean error() {
            return "ERROR".equals(severity);
        }
    }

    /** How the file ended, read from its Result line. */
    enum Outcome { ACCEPTED, REJECTED, ALREADY_RECEIVED, SKIPPED, OTHER }

    private static final Pattern FACT = Pattern.compile("^([A-Z][A-Za-z0-9-]*):\\s+(.*)$");
    private static final Pattern PROBLEM_BLOCK = Pattern.compile("^(Problem \\d+ of \\d+: .*|  .*|Problems, one block"
            + " each .*)$");

    /** The feedback on the file, or empty while the intake has not answered it yet. */
    static Optional<FeedbackView> read(Path submission) throws IOException {
        List<String> text;
        try {
            text = Files.readAllLines(FeedbackFiles.textFor(submission), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        Map<String, String> facts = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (String line : text.subList(Math.min(2, text.size()), text.size())) {
            Matcher fact = FACT.matcher(line);
            if (line.isBlank() || PROBLEM_BLOCK.matcher(line).matches()) {
                continue;
            }
            if (fact.matches()) {
                facts.merge(fact.group(1), fact.group(2), (a, b) -> a + " " + b);
            } else {
                notes.add(line);
            }
        }
        try {
            return Optional.of(new FeedbackView(text.isEmpty() ? "" : text.get(0), facts, notes, rows(submission)));
        } catch (NoSuchFileException e) {
            return Optional.empty(); // the text is written first: the table follows, and the page with it
        }
    }

    private static List<Row> rows(Path submission) throws IOException {
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(FeedbackFiles.csvFor(submission), StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(reader, format)) {
            for (CSVRecord record : csv) {
                rows.add(new Row(record.get("row"), record.get("column"), record.get("value"),
                        record.get("severity"), record.get("rule"), record.get("message")));
            }
        }
        return rows;
    }

    public Outcome outcome() {
        String result = facts.getOrDefault("Result", "");
        for (Outcome outcome : Outcome.values()) {
            if (result.startsWith(outcome.name().replace('_', ' '))) {
                return outcome;
            }
        }
        return Outcome.OTHER;
    }

    public boolean accepted() {
        return outcome() == Outcome.ACCEPTED;
    }
}
