package eu.aireadiness.publication.coinr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;

import eu.aireadiness.dataset.EditionDataSet;
import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.ReferenceData;
import eu.aireadiness.publication.AdditionalFile;

/**
 * An edition as the R package COINr reads it, so that an auditor can rebuild the index: the data set as submitted
 * (iData, the previous edition's rows with it, which fill the gaps), the structure (iMeta) and the method file the
 * edition was computed with. The {@code compute} command on these three files gives the published scores, to the
 * last bit. Made by the computation, which has the edition's data sets; the publication only writes it.
 *
 * @param data   the iData table (CSV)
 * @param meta   the iMeta table (CSV)
 * @param method the method file, as the edition's input folder held it (YAML)
 */
public record CoinrExport(int edition, String data, String meta, String method) {

    /** The folder of the publication that holds the export. */
    public static final String FOLDER = "coinr";

    public CoinrExport {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(method, "method");
    }

    /**
     * @param current  the edition's data set
     * @param previous the previous edition's, whose values the method may carry forward
     * @param method   the text of the method file the edition is computed with
     */
    public static CoinrExport of(Codebook codebook, List<Country> countries, ReferenceData reference,
                                 EditionDataSet current, EditionDataSet previous, String method) {
        return new CoinrExport(current.edition(),
                CoinrDataTable.write(codebook, countries, reference, List.of(previous, current)),
                CoinrMetaTable.write(codebook, reference), method);
    }

    public String dataFileName() {
        return FOLDER + "/AIRI-" + edition + "-iData.csv";
    }

    public String metaFileName() {
        return FOLDER + "/AIRI-" + edition + "-iMeta.csv";
    }

    public String methodFileName() {
        return FOLDER + "/AIRI-" + edition + "-method.yml";
    }

    /** The three files, for the publisher to write with the edition's other files. */
    public List<AdditionalFile> files() {
        return List.of(file(dataFileName(), data), file(metaFileName(), meta), file(methodFileName(), method));
    }

    private static AdditionalFile file(String name, String text) {
        return new AdditionalFile(name, path -> Files.writeString(path, text, StandardCharsets.UTF_8));
    }
}
