package eu.aireadiness.publication;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;
import org.verapdf.pdfa.validation.validators.ValidatorFactory;

/**
 * What veraPDF finds wrong in a PDF against one flavour (PDF/UA-1, PDF/A-2a, PDF/A-2b): each failed rule once, with
 * its clause, test number, how many checks failed and the rule's own description.
 */
final class PdfConformance {

    /** One rule a file broke, {@code count} times. */
    record FailedRule(String file, PDFAFlavour flavour, String clause, int test, int count, String description) {

        @Override
        public String toString() {
            return file + " " + flavour.getId() + " " + clause + "-" + test + " (" + count + "x): " + description;
        }
    }

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfConformance() {
    }

    /** The rules of {@code flavour} that {@code pdf} fails, by clause and test number; empty when it conforms. */
    static List<FailedRule> failedRules(Path pdf, String name, PDFAFlavour flavour) {
        return failedRules(pdf, name, List.of(flavour));
    }

    /** The same against several flavours, the file read once. */
    static List<FailedRule> failedRules(Path pdf, String name, List<PDFAFlavour> flavours) {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavours.get(0));
             PDFAValidator validator = ValidatorFactory.createValidator(flavours)) {
            return validator.validateAll(parser).stream()
                    .flatMap(result -> result.getFailedChecks().entrySet().stream()
                            .map(failed -> failedRule(name, result, failed)))
                    .sorted(Comparator.comparing((FailedRule f) -> f.flavour().getId())
                            .thenComparing(FailedRule::clause).thenComparingInt(FailedRule::test))
                    .toList();
        } catch (IOException | ModelParsingException | EncryptedPdfException | ValidationException e) {
            throw new IllegalStateException(name + ": veraPDF could not read the file as " + flavours
                    + ": " + e.getMessage(), e);
        }
    }

    private static FailedRule failedRule(String name, ValidationResult result, Map.Entry<RuleId, Integer> failed) {
        RuleId id = failed.getKey();
        Rule rule = result.getValidationProfile().getRuleByRuleId(id);
        return new FailedRule(name, result.getPDFAFlavour(), id.getClause(), id.getTestNumber(), failed.getValue(),
                rule == null ? "" : rule.getDescription());
    }

    private static void where(Path pdf, PDFAFlavour flavour) throws IOException {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = ValidatorFactory.createValidator(flavour, false)) {
            validator.validate(parser).getTestAssertions().stream().limit(Integer.getInteger("where"))
                    .forEach(a -> System.out.println("    " + a.getRuleId().getClause() + " "
                            + a.getLocation().getContext() + " " + a.getErrorMessage()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** For looking at a folder by hand: {@code java ... PdfConformance <folder> <flavour id>...}. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        List<Path> files;
        try (var walk = Files.walk(folder)) {
            files = walk.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        for (Path file : files) {
            for (int i = 1; i < args.length; i++) {
                long start = System.nanoTime();
                List<FailedRule> failed = failedRules(file, folder.relativize(file).toString(),
                        PDFAFlavour.byFlavourId(args[i]));
                System.out.printf("%s %s: %d rules failed (%.1f s)%n", folder.relativize(file), args[i],
                        failed.size(), (System.nanoTime() - start) / 1e9);
                failed.forEach(f -> System.out.println("  " + f));
                if (System.getProperty("where") != null && !failed.isEmpty()) {
                    where(file, PDFAFlavour.byFlavourId(args[i]));
                }
            }
        }
    }
}
