package eu.aireadiness.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.ApplicationContext;

import eu.aireadiness.pipeline.ReadinessProperties;
import eu.aireadiness.portal.account.Account;
import eu.aireadiness.portal.account.Accounts;
import eu.aireadiness.portal.audit.AuditEntry;
import eu.aireadiness.portal.audit.AuditTrail;

/**
 * What {@code users} does once the database is open: the change through {@link Accounts}, which checks it again,
 * an entry in the portal's audit log (the operator's system account, from this machine), and the line that says so.
 */
final class UsersWork {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private UsersWork() {
    }

    static int run(Command.Users users, char[] password, ApplicationContext context, PrintStream out) {
        Accounts accounts = context.getBean(Accounts.class);
        AuditTrail audit = context.getBean(AuditTrail.class);
        String name = users.name().orElse("");
        String line = switch (users.action()) {
            case ADD -> {
                EarlyChecks.listedCountries(context.getBean(ReadinessProperties.class).input(), users.countries());
                Account added = accounts.add(name, users.role().orElseThrow(), users.countries(), password);
                String what = added.role().word() + (added.countries().isEmpty() ? ""
                        : " of " + String.join(", ", added.countries()));
                audit(audit, "ACCOUNT_ADDED", name, what);
                yield "Account " + name + " added: " + what + ".";
            }
            case LIST -> table(accounts.list());
            case DISABLE -> {
                accounts.disable(name);
                audit(audit, "ACCOUNT_DISABLED", name, "OK");
                yield "Account " + name + " disabled: it can no longer sign in, and its open sessions end at their"
                        + " next request.";
            }
            case PASSWORD -> {
                accounts.changePassword(name, password);
                audit(audit, "PASSWORD_CHANGED", name, "OK");
                yield "Password of " + name + " changed. Its open sessions end at their next request.";
            }
        };
        if (!users.quiet() || users.action() == UserAction.LIST) {
            out.print(line.endsWith("\n") ? line : line + "\n");
        }
        return 0;
    }

    private static void audit(AuditTrail audit, String action, String name, String outcome) {
        audit.record(new AuditEntry(Instant.now(), System.getProperty("user.name", "operator") + " (users command)",
                "localhost", action, name, outcome));
    }

    private static String table(List<Account> accounts) {
        if (accounts.isEmpty()) {
            return "No accounts yet: add the first admin with 'users add NAME --role admin'.";
        }
        StringBuilder text = new StringBuilder(String.format("%-30s %-10s %-16s %-9s %-20s %s%n", "name", "role",
                "countries", "status", "created", "changed"));
        for (Account a : accounts) {
            text.append(String.format("%-30s %-10s %-16s %-9s %-20s %s%n", a.name(), a.role().word(),
                    a.countries().isEmpty() ? "-" : String.join(" ", a.countries()),
                    a.enabled() ? "enabled" : "disabled", MINUTE.format(a.created()), MINUTE.format(a.changed())));
        }
        return text.toString();
    }
}
