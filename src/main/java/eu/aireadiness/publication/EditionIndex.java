package eu.aireadiness.publication;

import java.awt.Color;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import eu.aireadiness.publication.opendata.DataPackageWriter;
import eu.aireadiness.publication.opendata.DcatWriter;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.text.Branding;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.PublishedEdition;

/**
 * The edition's index pages for the publishing team and the web: {@code index.html} in the first language of the
 * publication and {@code index-<language>.html} in each other one, as a public body puts a page online in every
 * language it publishes in, each linking to the others. Each lists in a table every file of the edition written
 * before it (the archive included) with its format, language and size; the manifest, written after, holds the
 * checksums of all, the index pages included, and is linked below the table. HTML5 written as well-formed XML
 * (void elements closed, every attribute quoted), in UTF-8, with its styles inline and no script, font or image from
 * elsewhere, in the report's colours (WCAG AA, see {@link ReportStyle#colourUses()}).
 */
final class EditionIndex {

    static final String FILE_NAME = "index.html";

    private final PublishedEdition edition;
    private final Branding branding;
    private final List<PublicationTexts> languages;

    EditionIndex(PublishedEdition edition, Branding branding, List<PublicationTexts> languages) {
        this.edition = edition;
        this.branding = branding;
        this.languages = List.copyOf(languages);
    }

    /** The page's file name in a language: {@code index.html} in the first, {@code index-de.html} in the others. */
    String fileName(PublicationTexts texts) {
        return texts.language().equals(languages.get(0).language()) ? FILE_NAME
                : "index-" + texts.language() + ".html";
    }

    /** Writes one page per language into {@code editionFolder}, listing what it holds; returns their paths there. */
    List<String> write(Path editionFolder) throws IOException {
        List<String> files = EditionManifest.relativePaths(editionFolder);
        List<String> written = new ArrayList<>();
        for (PublicationTexts texts : languages) {
            String name = fileName(texts);
            if (files.contains(name)) {
                throw new PublicationException(editionFolder.resolve(name) + ": the edition's folder already has a "
                        + "file of the index page's name; publish that file under another name");
            }
            StringBuilder html = new StringBuilder();
            page(html, texts, editionFolder, files);
            Files.writeString(editionFolder.resolve(name), html, StandardCharsets.UTF_8);
            written.add(name);
        }
        return written;
    }

    private void page(StringBuilder html, PublicationTexts texts, Path folder, List<String> files) throws IOException {
        String title = texts.format("index.title", texts.reportTitle(edition.codebook(), edition.edition()));
        String date = DateTimeFormatter.ofPattern(texts.text("date.pattern"), texts.locale())
                .format(edition.info().publicationDate());
        html.append("<!DOCTYPE html>\n<html lang=\"").append(texts.language()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(escape(title)).append("</title>\n");
        for (PublicationTexts other : languages) {
            html.append("<link rel=\"alternate\" hreflang=\"").append(other.language()).append("\" href=\"")
                    .append(fileName(other)).append("\"/>\n");
        }
        html.append("<style>\n").append(styles()).append("</style>\n</head>\n<body>\n<main>\n");
        html.append("<p class=\"publisher\">").append(escape(branding.publisher())).append("</p>\n");
        html.append("<h1>").append(escape(title)).append("</h1>\n");
        html.append("<p>").append(escape(texts.format("index.intro", branding.publisher(), date,
                EditionArchive.fileName(edition.edition())))).append("</p>\n");
        if (!edition.info().dataNotice().isBlank()) {
            html.append("<p class=\"notice\">").append(escape(edition.info().dataNotice())).append("</p>\n");
        }
        otherLanguages(html, texts);
        html.append("<h2>").append(escape(texts.text("index.files"))).append("</h2>\n");
        table(html, texts, folder, files);
        html.append("<p>").append(escape(texts.text("index.checksums"))).append(" <a href=\"")
                .append(EditionManifest.FILE_NAME).append("\">").append(EditionManifest.FILE_NAME)
                .append("</a></p>\n");
        // written after the pages, as the manifest is: they describe the pages too
        html.append("<p>").append(escape(texts.text("index.descriptions"))).append(" <a href=\"")
                .append(DcatWriter.FILE_NAME).append("\">").append(DcatWriter.FILE_NAME).append("</a>, <a href=\"")
                .append(DataPackageWriter.FILE_NAME).append("\">").append(DataPackageWriter.FILE_NAME)
                .append("</a></p>\n</main>\n</body>\n</html>\n");
    }

    /** Links to the page in the other languages, each named in its own language and marked so. */
    private void otherLanguages(StringBuilder html, PublicationTexts texts) {
        if (languages.size() < 2) {
            return;
        }
        html.append("<nav aria-labelledby=\"languages\">\n<h2 id=\"languages\">")
                .append(escape(texts.text("index.languages"))).append("</h2>\n<ul>\n");
        for (PublicationTexts other : languages) {
            if (other != texts) {
                html.append("<li><a href=\"").append(fileName(other)).append("\" hreflang=\"")
                        .append(other.language()).append("\" lang=\"").append(other.language()).append("\">")
                        .append(escape(capitalised(other.locale().getDisplayLanguage(other.locale()),
                                other.locale())))
                        .append("</a></li>\n");
            }
        }
        html.append("</ul>\n</nav>\n");
    }

    private void table(StringBuilder html, PublicationTexts texts, Path folder, List<String> files)
            throws IOException {
        html.append("<table>\n<caption>").append(escape(texts.format("index.caption",
                Integer.toString(edition.edition())))).append("</caption>\n<thead>\n<tr>");
        for (String key : List.of("index.file", "index.format", "index.language", "index.size")) {
            html.append("<th scope=\"col\">").append(escape(texts.text(key))).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        NumberText numbers = new NumberText(texts.locale());
        for (String path : files) {
            long bytes = Files.size(folder.resolve(path));
            html.append("<tr><th scope=\"row\"><a href=\"").append(escape(href(path))).append("\">")
                    .append(escape(path)).append("</a></th><td>").append(format(path)).append("</td><td>")
                    .append(escape(languageOf(path, texts))).append("</td><td class=\"size\"><data value=\"")
                    .append(bytes).append("\">").append(escape(size(texts, numbers, bytes)))
                    .append("</data></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /**
     * A size with one decimal, in kilobytes below a megabyte and in megabytes from there (1 kB = 1,000 bytes,
     * 1 MB = 1,000,000 bytes, as the caption says), its number formatted as the report formats its scores.
     */
    static String size(PublicationTexts texts, NumberText numbers, long bytes) {
        return bytes < 1_000_000 ? texts.format("index.size.kilobytes", numbers.score(bytes / 1000.0))
                : texts.format("index.size.megabytes", numbers.score(bytes / 1_000_000.0));
    }

    /**
     * The language of a file, named in the page's language: the one its name ends with ({@code -de.pdf}), all of
     * them for the archive, none for a file of data only.
     */
    private String languageOf(String path, PublicationTexts page) {
        String stem = path.substring(path.lastIndexOf('/') + 1);
        stem = stem.contains(".") ? stem.substring(0, stem.lastIndexOf('.')) : stem;
        for (PublicationTexts language : languages) {
            if (stem.endsWith("-" + language.language())) {
                return capitalised(language.locale().getDisplayLanguage(page.locale()), page.locale());
            }
        }
        return path.equals(EditionArchive.fileName(edition.edition())) ? page.text("index.language.all")
                : page.text("index.language.none");
    }

    private static String format(String path) {
        return path.substring(path.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
    }

    /** The path as a relative URL: each name percent-encoded where a URL needs it, '/' kept between names. */
    private static String href(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new PublicationException("the file name '" + path + "' cannot be written as a link: "
                    + e.getMessage(), e);
        }
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** The report's colours: text, links and headings in the primary colour, header cells shaded. */
    private String styles() {
        return "body{margin:0;font-family:\"Liberation Sans\",Arial,Helvetica,sans-serif;color:"
                + hex(ReportStyle.TEXT) + ";background:" + hex(ReportStyle.PAPER) + ";line-height:1.45}\n"
                + "main{max-width:60rem;margin:0 auto;padding:1.5rem}\n"
                + "h1,h2{color:" + hex(branding.primary()) + "}\nh1{font-size:1.6rem}\nh2{font-size:1.15rem}\n"
                + ".publisher{color:" + hex(ReportStyle.MUTED) + ";margin-bottom:0}\n"
                + ".notice{border-left:4px solid " + hex(branding.accent()) + ";background:"
                + hex(ReportStyle.NOTICE_BACKGROUND) + ";color:" + hex(ReportStyle.NOTICE_TEXT)
                + ";padding:.6rem .9rem}\n"
                + "a{color:" + hex(branding.primary()) + "}\nnav ul{list-style:none;padding:0}\n"
                + "nav li{display:inline;margin-right:1rem}\n"
                + "table{border-collapse:collapse;width:100%}\ncaption{text-align:left;font-weight:bold;"
                + "padding:.4rem 0}\nth,td{border:1px solid " + hex(ReportStyle.RULE)
                + ";padding:.3rem .5rem;text-align:left;vertical-align:top}\n"
                + "thead th{background:" + hex(branding.primary()) + ";color:" + hex(ReportStyle.PAPER) + "}\n"
                + "tbody th{font-weight:normal}\ntbody tr:nth-child(even){background:" + hex(ReportStyle.SHADE)
                + "}\n.size{text-align:right;white-space:nowrap}\n";
    }

    private static String hex(Color colour) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
