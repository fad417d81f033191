package eu.aireadiness.portal.account;

/** An account with its password hash, for the login only. */
public record StoredAccount(Account account, String passwordHash) {
}
