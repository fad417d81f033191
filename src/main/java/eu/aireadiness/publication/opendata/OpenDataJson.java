package eu.aireadiness.publication.opendata;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** How the edition's JSON files are laid out: two spaces and '\n' on every platform, {@code "key": value}. */
public final class OpenDataJson {

    public static final ObjectWriter WRITER = JsonMapper.shared().writer().with(prettyPrinter());

    private OpenDataJson() {
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
