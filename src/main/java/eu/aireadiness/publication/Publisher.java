package eu.aireadiness.publication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import eu.aireadiness.publication.opendata.CsvScoresWriter;
import eu.aireadiness.publication.opendata.DataPackageWriter;
import eu.aireadiness.publication.opendata.DcatWriter;
import eu.aireadiness.publication.opendata.JsonStatWriter;
import eu.aireadiness.publication.opendata.PublishedFile;
import eu.aireadiness.publication.opendata.ResultsCube;
import eu.aireadiness.publication.opendata.SdmxCsvWriter;
import eu.aireadiness.publication.opendata.SdmxStructureWriter;
import eu.aireadiness.publication.opendata.TableSchema;
import eu.aireadiness.publication.profile.PdfProfileWriter;
import eu.aireadiness.publication.report.PdfReportWriter;
import eu.aireadiness.publication.text.Branding;
import eu.aireadiness.publication.text.PublicationLanguages;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.publication.workbook.XlsxResultsWriter;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.IncompleteEdition;
import eu.aireadiness.results.PublishedEdition;

/**
 * Writes the publications of an edition: the PDF report, each country's profile and the results workbook in every
 * language of the templates directory, the open-data CSV, the archive of them all ({@link EditionArchive}), an index
 * page per language listing them ({@link EditionIndex}), and the manifest of every file ({@link EditionManifest}).
 *
 * <p>Everything is written into a temporary sibling of the edition's output directory ({@link StagingFolder}), which
 * then replaces the previous publication in two renames: the previous one aside, the new one in. Readers never see
 * half-written files; a failure before or between the renames leaves the previous publication in place, and a
 * process killed between them leaves the previous one aside, where the next publication of the edition finds it,
 * moves it back and clears what the killed one left. Texts and branding are read from the templates directory at
 * every call, so they can be edited without a rebuild.
 */
public final class Publisher {

    static final String FILE_PREFIX = "AIRI";
    /** The folder of the results in the statisticians' formats: SDMX-CSV with its structure, JSON-stat. */
    static final String OPEN_DATA = "opendata";

    /** What happens between the two renames that replace a publication: nothing, but for tests of a failure there. */
    @FunctionalInterface
    interface BetweenRenames {
        void run() throws IOException;
    }

    private final Path templatesDir;
    private final BetweenRenames betweenRenames;

    public Publisher(Path templatesDir) {
        this(templatesDir, () -> { });
    }

    Publisher(Path templatesDir, BetweenRenames betweenRenames) {
        this.templatesDir = Objects.requireNonNull(templatesDir, "templatesDir");
        this.betweenRenames = Objects.requireNonNull(betweenRenames, "betweenRenames");
    }

    /**
     * Publishes the edition into {@code editionOutputDir}, replacing what was there.
     *
     * @return the written files, at their final place: the PDF report in each language, the country profiles
     *         ({@code profiles/AIRI-<year>-<CC>-<language>.pdf}, the index's short name from the branding), the
     *         workbook in each language, the CSV, the archive of them all ({@code AIRI-<year>.zip}), the index page
     *         in each language, then the manifest
     * @throws PublicationException when a template, the edition or the file system is at fault; the message says
     *                              which, and the previous publication is left intact
     */
    public List<Path> publish(PublishedEdition edition, Path editionOutputDir) {
        return publish(edition, editionOutputDir, List.of());
    }

    /**
     * Publishes the edition together with files made elsewhere, which are replaced with it in one move; the
     * manifest, written last, lists them all.
     */
    public List<Path> publish(PublishedEdition edition, Path editionOutputDir, List<AdditionalFile> additional) {
        Objects.requireNonNull(edition, "edition");
        Path target = editionOutputDir.toAbsolutePath().normalize();
        for (Path folder = target; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new PublicationException(folder + " exists and is not a directory; an edition is published"
                        + " into " + target + ". Move that file away or choose another output directory.");
            }
        }
        List<PublicationTexts> languages = PublicationLanguages.in(templatesDir).stream()
                .map(language -> PublicationTexts.load(templatesDir, language)).toList();
        Branding branding = Branding.load(templatesDir);
        int year = edition.edition();
        List<String> names = new ArrayList<>();
        try {
            Files.createDirectories(target.getParent());
            for (String cleared : StagingFolder.clearLeftovers(target)) {
                System.getLogger(Publisher.class.getName()).log(System.Logger.Level.INFO,
                        "cleared " + cleared + ", left in " + target.getParent() + " by an interrupted publication");
            }
        } catch (IOException e) {
            throw new PublicationException("publishing edition " + year + " into " + target + " failed: " + e
                    + ". The previous publication, if any, is unchanged; check that the directory is writable.", e);
        }
        try (StagingFolder folder = StagingFolder.create(target)) {
            Path staging = folder.folder();
            names.addAll(writeFiles(edition, languages, branding, staging));
            for (AdditionalFile file : additional) {
                Path staged = staging.resolve(file.relativePath());
                Files.createDirectories(staged.getParent());
                file.content().writeTo(staged);
                names.add(file.relativePath());
            }
            // the archive of the files so far, the index pages listing them and the archive, the manifest of all
            names.add(EditionArchive.write(edition.info(), staging));
            names.addAll(new EditionIndex(edition, branding, languages).write(staging));
            names.addAll(describe(edition, branding, staging));
            names.add(EditionManifest.write(edition.info(), staging));
            makeReadableByAll(staging);
            replace(target, folder);
            return names.stream().map(target::resolve).toList();
        } catch (IOException e) {
            throw new PublicationException("publishing edition " + year + " into " + target + " failed: " + e
                    + ". The previous publication, if any, is unchanged; check that the directory is writable.", e);
        } catch (IncompleteEdition e) {
            throw new PublicationException("edition " + year + " cannot be published: " + e.getMessage()
                    + " The previous publication, if any, is unchanged.", e);
        }
    }

    /** The reports, profiles and workbooks in every language, and the CSV, side by side. */
    private static List<String> writeFiles(PublishedEdition edition, List<PublicationTexts> languages,
                                           Branding branding, Path stage) throws IOException {
        int year = edition.edition();
        Files.createDirectories(stage.resolve("profiles"));
        StagedWrites writes = new StagedWrites();
        for (PublicationTexts texts : languages) {
            writes.add(() -> {
                String report = FILE_PREFIX + "-" + year + "-report-" + texts.language() + ".pdf";
                new PdfReportWriter(texts, branding).write(edition, stage.resolve(report));
                return List.of(report);
            });
        }
        for (PublicationTexts texts : languages) {
            writes.add(() -> {
                List<String> profiles = new ArrayList<>();
                PdfProfileWriter writer = new PdfProfileWriter(texts, branding);
                for (CountryResult result : edition.ranking()) {
                    String profile = PdfProfileWriter.fileName(branding, edition, result, texts);
                    writer.write(edition, result, stage.resolve(profile));
                    profiles.add(profile);
                }
                return profiles;
            });
        }
        for (PublicationTexts texts : languages) {
            writes.add(() -> {
                String workbook = workbookName(year, texts.language());
                new XlsxResultsWriter(texts, branding).write(edition, stage.resolve(workbook));
                return List.of(workbook);
            });
        }
        writes.add(() -> {
            String csv = FILE_PREFIX + "-" + year + "-scores.csv";
            new CsvScoresWriter().write(edition, stage.resolve(csv));
            return List.of(csv);
        });
        writes.add(() -> writeCube(edition, branding, stage));
        return writes.runAll();
    }

    /** The SDMX-CSV of the results, the SDMX structure it refers to and the JSON-stat of the same cube. */
    private static List<String> writeCube(PublishedEdition edition, Branding branding, Path stage) throws IOException {
        ResultsCube cube = ResultsCube.of(edition);
        Files.createDirectories(stage.resolve(OPEN_DATA));
        String stem = OPEN_DATA + "/" + FILE_PREFIX + "-" + edition.edition() + "-results";
        new SdmxCsvWriter().write(cube, stage.resolve(stem + ".sdmx.csv"));
        new SdmxStructureWriter().write(cube, edition.codebook().indexName() + ": scores, ranks and rank intervals",
                edition.info().publicationDate(),
                stage.resolve(stem + ".sdmx.xml"));
        new JsonStatWriter().write(cube, edition.info().title(), branding.publisher(),
                edition.info().publicationDate(), List.of(edition.info().dataNotice()),
                stage.resolve(stem + "-jsonstat.json"));
        return List.of(stem + ".sdmx.csv", stem + ".sdmx.xml", stem + "-jsonstat.json");
    }

    /**
     * The DCAT-AP catalogue of the files so far, then the data package of them and the catalogue; the manifest,
     * written after, lists both.
     */
    private static List<String> describe(PublishedEdition edition, Branding branding, Path stage) throws IOException {
        for (String name : List.of(DcatWriter.FILE_NAME, DataPackageWriter.FILE_NAME)) {
            if (Files.exists(stage.resolve(name))) {
                throw new PublicationException(stage.resolve(name) + ": the edition's folder already has a " + name
                        + ", but that name is the publisher's own description of the edition; publish that file"
                        + " under another name");
            }
        }
        new DcatWriter().write(edition.info(), branding.publisher(), PublishedFile.in(stage, Set.of()),
                stage.resolve(DcatWriter.FILE_NAME));
        int year = edition.edition();
        Map<String, TableSchema> tables = Map.of(FILE_PREFIX + "-" + year + "-scores.csv", TableSchema.scoresCsv(),
                OPEN_DATA + "/" + FILE_PREFIX + "-" + year + "-results.sdmx.csv", TableSchema.sdmxCsv());
        new DataPackageWriter().write(edition.info(), PublishedFile.in(stage, Set.of()), tables,
                stage.resolve(DataPackageWriter.FILE_NAME));
        return List.of(DcatWriter.FILE_NAME, DataPackageWriter.FILE_NAME);
    }

    /** The results workbook in one language, named as the report is: {@code AIRI-2026-results-de.xlsx}. */
    static String workbookName(int year, String language) {
        return FILE_PREFIX + "-" + year + "-results-" + language + ".xlsx";
    }

    /** A temporary directory is private to its owner; a publication is for publishing teams to collect. */
    private static void makeReadableByAll(Path directory) throws IOException {
        if (Files.getFileStore(directory).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(directory, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * Moves the staged directory into place: the previous publication aside, the new one in. Should the second
     * rename fail, the previous publication is moved back; should the process die between the two, the next
     * publication does that ({@link StagingFolder#clearLeftovers}).
     */
    private void replace(Path target, StagingFolder folder) throws IOException {
        if (!Files.exists(target)) {
            StagingFolder.move(folder.folder(), target);
            return;
        }
        StagingFolder.move(target, folder.previous());
        try {
            betweenRenames.run();
            StagingFolder.move(folder.folder(), target);
        } catch (IOException | RuntimeException e) {
            StagingFolder.move(folder.previous(), target);
            throw e;
        }
        StagingFolder.deleteQuietly(folder.previous());
    }
}
