package eu.aireadiness.feedback;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the per-country status table of an edition's intake as CSV (for scripts and spreadsheets; file names are
 * officers' text, so they are neutralised against formulas) and as an HTML page a person reads.
 */
public final class IntakeStatusFiles {

    public static final String CSV_NAME = "intake-status.csv";
    public static final String HTML_NAME = "intake-status.html";
    static final String[] HEADER = {"country", "name", "result", "last_file", "received_at", "values", "warnings",
            "errors", "version_used"};

    private IntakeStatusFiles() {
    }

    /**
     * Writes both files into {@code folder} (made if absent), each under a temporary name first and then renamed, so
     * that a reader never sees half a table. The table names the officers' files and quotes the intake's messages:
     * it is for the officers and the operator, so it lies beside the editions' folders, never inside the public
     * publication.
     *
     * @return the two files
     */
    public static List<Path> write(int edition, List<CountryIntakeStatus> table, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path csv = folder.resolve(CSV_NAME);
        Path html = folder.resolve(HTML_NAME);
        Path csvPart = folder.resolve("." + CSV_NAME + ".part");
        Path htmlPart = folder.resolve("." + HTML_NAME + ".part");
        writeCsv(table, csvPart);
        writeHtml(edition, table, htmlPart);
        Files.move(csvPart, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(htmlPart, html, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return List.of(csv, html);
    }

    public static void writeCsv(List<CountryIntakeStatus> table, Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (CountryIntakeStatus row : table) {
                List<String> cells = cells(row);
                cells.set(3, SpreadsheetText.neutralise(cells.get(3)));
                csv.printRecord(cells);
            }
        }
    }

    public static void writeHtml(int edition, List<CountryIntakeStatus> table, Path file) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Intake status, edition ").append(edition).append("</title>\n")
                .append("<style>body{font-family:sans-serif}table{border-collapse:collapse}")
                .append("th,td{border:1px solid #999;padding:2px 6px;text-align:left}</style>\n</head>\n<body>\n")
                .append("<h1>Intake status, edition ").append(edition).append("</h1>\n")
                .append("<p>The file each country sent last for the edition, what its check found, and the accepted")
                .append(" version the computation uses.</p>\n<table>\n<tr>");
        for (String column : HEADER) {
            html.append("<th>").append(column.replace('_', ' ')).append("</th>");
        }
        html.append("</tr>\n");
        for (CountryIntakeStatus row : table) {
            html.append("<tr>");
            for (String cell : cells(row)) {
                html.append("<td>").append(escape(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n</body>\n</html>\n");
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    private static List<String> cells(CountryIntakeStatus row) {
        List<String> cells = new ArrayList<>(List.of(row.country(), row.countryName(), row.result()));
        row.lastFile().ifPresentOrElse(f -> cells.addAll(List.of(f.fileName(), f.receivedAt().toString(),
                        Integer.toString(f.values()), Integer.toString(f.warnings()), Integer.toString(f.errors()))),
                () -> cells.addAll(List.of("", "", "", "", "")));
        cells.add(row.versionUsed().isPresent() ? Integer.toString(row.versionUsed().getAsInt()) : "");
        return cells;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
