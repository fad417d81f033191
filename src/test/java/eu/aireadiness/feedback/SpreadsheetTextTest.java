package eu.aireadiness.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Text from a submission that a spreadsheet would run as a formula gets a leading apostrophe; nothing else does. */
class SpreadsheetTextTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                // the prefixes of the OWASP guidance on CSV injection
                Arguments.of("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
                Arguments.of("@SUM(1)", "'@SUM(1)"),
                Arguments.of("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
                Arguments.of("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
                Arguments.of("\t=1+1", "'\t=1+1"),
                Arguments.of("\r=1+1", "'\r=1+1"),
                Arguments.of("=", "'="),
                Arguments.of("-", "'-"),
                Arguments.of("-3.5e", "'-3.5e"),
                Arguments.of("- 3", "'- 3"),
                // plain numbers cannot run anything and are kept as written
                Arguments.of("-3.5", "-3.5"),
                Arguments.of("-3,5", "-3,5"),
                Arguments.of("+2", "+2"),
                Arguments.of("-1.2E-3", "-1.2E-3"),
                Arguments.of("-.5", "-.5"),
                Arguments.of("134", "134"),
                // ordinary text, and a formula character not at the start
                Arguments.of("National data-centre register", "National data-centre register"),
                Arguments.of("a=b", "a=b"),
                Arguments.of(" =1+1", " =1+1"),
                Arguments.of("'=already quoted", "'=already quoted"),
                Arguments.of("", ""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cells")
    void neutralisesFormulasOnly(String found, String written) {
        assertThat(SpreadsheetText.neutralise(found)).isEqualTo(written);
    }
}
