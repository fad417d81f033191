package eu.aireadiness.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.aireadiness.portal.account.Role;

/** The words after {@code users} read into a {@link Command.Users}: the sub-command, the name, role and countries. */
final class UsersLine {

    private UsersLine() {
    }

    static UserAction action(List<String> operands) {
        if (operands.isEmpty()) {
            throw new UsageException("'users' needs what to do: " + String.join(", ", UserAction.words())
                    + ", e.g. users add anna.schmidt --role officer --country DE (see users --help)");
        }
        String word = operands.get(0);
        return UserAction.of(word).orElseThrow(() -> new UsageException("unknown sub-command 'users " + word + "'"
                + Nearest.to(word, UserAction.words()).map(w -> "; did you mean 'users " + w + "'?").orElse("")
                + " (one of " + String.join(", ", UserAction.words()) + "; see users --help)"));
    }

    static Command.Users command(List<String> operands, Map<Setting, String> given, Folders folders,
                                 SpringStart spring) {
        UserAction action = action(operands);
        int expected = action.takesName() ? 2 : 1;
        if (operands.size() < expected) {
            throw new UsageException("'users " + action.word() + "' needs the account's name: " + action.usage());
        }
        if (operands.size() > expected) {
            throw new UsageException("unexpected argument '" + operands.get(expected) + "' after '"
                    + String.join(" ", operands.subList(0, expected)) + "' (" + action.usage() + "); "
                    + UserAction.PASSWORD_NEVER_ON_LINE);
        }
        if (action != UserAction.ADD) {
            for (Setting s : List.of(Setting.ROLE, Setting.COUNTRY)) {
                if (given.containsKey(s)) {
                    throw new UsageException("'users " + action.word() + "' takes no --" + s.option().orElseThrow()
                            + "; only 'users add' does: " + UserAction.ADD.usage());
                }
            }
        }
        Optional<Role> role = Optional.empty();
        if (action == UserAction.ADD) {
            String word = Optional.ofNullable(given.get(Setting.ROLE)).orElseThrow(() -> new UsageException(
                    "'users add' needs the account's role: " + UserAction.ADD.usage()));
            role = Optional.of(Role.ofWord(word).orElseThrow(() -> new UsageException("--role expects one of "
                    + Role.words() + ", found '" + word + "'")));
        }
        List<String> countries = given.containsKey(Setting.COUNTRY)
                ? Arrays.asList(given.get(Setting.COUNTRY).split(",", -1)) : List.of();
        Optional<String> name = action.takesName() ? Optional.of(operands.get(1)) : Optional.empty();
        return new Command.Users(action, name, role, List.copyOf(countries), folders, spring,
                given.containsKey(Setting.QUIET));
    }
}
