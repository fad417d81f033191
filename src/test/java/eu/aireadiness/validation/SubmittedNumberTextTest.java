package eu.aireadiness.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.aireadiness.submission.SubmissionFormat.DecimalMark;

class SubmittedNumberTextTest {

    @ParameterizedTest(name = "''{0}'' with a decimal {1} is {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "12.5     | POINT | 12.5",
            "12,5     | COMMA | 12.5",
            "' 7 '    | COMMA | 7",
            "-3       | POINT | -3",
            ".5       | POINT | 0.5",
            "1E-05    | POINT | 0.00001",
            "12,5     | POINT | none",
            "1.500    | COMMA | none",
            "1 234    | POINT | none",
            "NaN      | POINT | none",
            "Infinity | POINT | none",
            "-Infinity| COMMA | none",
            "1e999    | POINT | none",
            "4.8e-400 | POINT | none",
            "-1e400   | POINT | none",
            "0e-400   | POINT | 0",
            "45%      | POINT | none",
            "''       | POINT | none"})
    void parsesNumbersWithTheFilesDecimalMark(String text, DecimalMark mark, Double expected) {
        assertThat(SubmittedNumberText.parse(text, mark))
                .isEqualTo(expected == null ? OptionalDouble.empty() : OptionalDouble.of(expected));
    }

    /**
     * Every text of up to five characters from those numbers are written with is a number when the pattern matches
     * it and it is finite (7e700 is not).
     */
    @Test
    void acceptsExactlyWhatTheWrittenOutPatternAccepts() {
        char[] alphabet = {'0', '7', '.', ',', '+', '-', 'e', 'E', ' ', 'x'};
        List<String> texts = new ArrayList<>(List.of(""));
        for (int length = 1; length <= 5; length++) {
            List<String> longer = new ArrayList<>();
            for (String text : texts) {
                if (text.length() == length - 1) {
                    for (char c : alphabet) {
                        longer.add(text + c);
                    }
                }
            }
            texts.addAll(longer);
        }
        assertThat(texts).hasSize(111_111);
        for (String text : texts) {
            for (DecimalMark mark : DecimalMark.values()) {
                Pattern pattern = mark == DecimalMark.POINT ? SubmittedNumberText.WITH_POINT : SubmittedNumberText.WITH_COMMA;
                String t = text.strip();
                boolean number = pattern.matcher(t).matches()
                        && Double.isFinite(Double.parseDouble(t.replace(',', '.')));
                assertThat(SubmittedNumberText.parse(text, mark).isPresent())
                        .as("'%s' with a decimal %s", text, mark)
                        .isEqualTo(number);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.500 | COMMA | expected a number with a decimal comma, as the other values of this file, such as 12,5,"
                    + " found '1.500'. Write every value of the file with the same decimal mark and without thousands"
                    + " separators.",
            "45%   | POINT | expected a number with a decimal point, such as 12.5, found '45%'. Write the number"
                    + " without the % sign.",
            "1 234 | POINT | expected a number with a decimal point, such as 12.5, found '1 234'. Write the number"
                    + " without thousands separators.",
            "04/05/2026 | POINT | expected a number with a decimal point, such as 12.5, found '04/05/2026'. It reads"
                    + " as a date or a time: a spreadsheet turns some numbers typed with a point, a slash or a colon"
                    + " into dates, and saves them so in CSV. Format the cell as Number, type the value again and"
                    + " save the CSV file again.",
            "4.5.26 | COMMA | expected a number with a decimal comma, as the other values of this file, such as 12,5,"
                    + " found '4.5.26'. It reads as a date or a time: a spreadsheet turns some numbers typed with a"
                    + " point, a slash or a colon into dates, and saves them so in CSV. Format the cell as Number,"
                    + " type the value again and save the CSV file again.",
            "12:30 | POINT | expected a number with a decimal point, such as 12.5, found '12:30'. It reads as a date"
                    + " or a time: a spreadsheet turns some numbers typed with a point, a slash or a colon into"
                    + " dates, and saves them so in CSV. Format the cell as Number, type the value again and save"
                    + " the CSV file again.",
            "#DIV/0! | POINT | expected a number with a decimal point, such as 12.5, found '#DIV/0!'. It is the error"
                    + " a spreadsheet cell showed when the file was saved. Type the value itself; if it is not"
                    + " available, leave OBS_VALUE empty and set OBS_STATUS to M.",
            "#n/a  | POINT | expected a number with a decimal point, such as 12.5, found '#n/a'. It is the error a"
                    + " spreadsheet cell showed when the file was saved. Type the value itself; if it is not"
                    + " available, leave OBS_VALUE empty and set OBS_STATUS to M.",
            "TRUE  | POINT | expected a number with a decimal point, such as 12.5, found 'TRUE'. It is a"
                    + " spreadsheet's logical value. Type the number itself; if it is not available, leave OBS_VALUE"
                    + " empty and set OBS_STATUS to M.",
            "1.2.3.4 | POINT | expected a number with a decimal point, such as 12.5, found '1.2.3.4'. If the value is"
                    + " not available, leave OBS_VALUE empty and set OBS_STATUS to M."})
    void explainsWhatWentWrong(String text, DecimalMark mark, String expected) {
        assertThat(SubmittedNumberText.expectation(text, mark)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1106.1946902654868, 1106.19", "5424000, 5424000", "0.1923, 0.1923", "1000000, 1000000"})
    void displaysSixSignificantDigitsWithoutExponent(double value, String expected) {
        assertThat(SubmittedNumberText.display(value)).isEqualTo(expected);
    }
}
