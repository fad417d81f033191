package eu.aireadiness.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The account name and password rules, each refusal with its reason; worked out by hand from the policy. */
class AccountRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "correct horse battery      | NONE",
        "twelve chars                | NONE",
        "eleven char                 | the password has 11 characters; it needs at least 12 (a passphrase of three or four words is easiest to type)",
        "xxxxxxxxxxxxxxxx            | the password is one character repeated; choose one that is not",
        "my name is anna.de ok       | the password contains the account's name; choose one that does not",
        "MY NAME IS ANNA.DE OK       | the password contains the account's name; choose one that does not",
        "ÄÖÜäöüßÄÖÜäöüßÄÖÜäöüßÄÖÜäöüßÄÖÜäöüßÄ | NONE",
        "ÄÖÜäöüßÄÖÜäöüßÄÖÜäöüßÄÖÜäöüßÄÖÜäöüßÄÖ | the password has 74 bytes in UTF-8; the hash reads only the first 72, so give at most 72",
    })
    void passwords(String password, String problem) {
        assertThat(AccountRules.passwordProblem(password.toCharArray(), "anna.de").orElse(null)).isEqualTo(problem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "anna.schmidt  | true",
        "officer-de@destatis.de | true",
        "a             | false",
        "Anna          | false",
        "anna schmidt  | false",
        ".anna         | false",
    })
    void names(String name, boolean accepted) {
        assertThat(AccountRules.nameProblem(name)).as(name).matches(p -> p.isEmpty() == accepted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "OFFICER   | DE,AT | NONE",
        "OFFICER   |       | an officer needs the countries they answer for",
        "PUBLISHER | DE    | a publisher sees no country's submissions",
        "ADMIN     |       | NONE",
        "OFFICER   | Deu   | a country is two upper-case letters",
    })
    void countriesByRole(Role role, String countries, String problem) {
        List<String> codes = countries == null ? List.of() : List.of(countries.split(","));
        assertThat(Accounts.roleProblem(role, codes).map(p -> p.substring(0, problem == null ? 0
                : Math.min(problem.length(), p.length()))).orElse(null)).isEqualTo(problem);
    }
}
