package eu.aireadiness.portal.account;

import java.time.Instant;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An account of the portal as stored, without its password hash.
 *
 * @param countries the countries of an officer, by code (DE, EL); empty for the other roles
 */
public record Account(String name, Role role, boolean enabled, SortedSet<String> countries, Instant created,
                      Instant changed) {

    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        countries = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(countries));
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(changed, "changed");
    }
}
