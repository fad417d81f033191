package eu.aireadiness.portal.audit;

import java.util.List;
import java.util.function.Consumer;

/** The portal's audit log: entries are added, never changed or removed. */
public interface AuditTrail {

    void record(AuditEntry entry);

    /** The most recent entries, newest first. */
    default List<AuditEntry> latest(int limit) {
        return latest(limit, "", "");
    }

    /**
     * The most recent entries of the whole log whose account name contains {@code whoContains} (ignoring case) and
     * whose action is {@code action}, newest first; an empty filter matches every entry.
     */
    List<AuditEntry> latest(int limit, String whoContains, String action);

    /** Every entry, newest first, one at a time, so that the whole log never has to be held at once. */
    void eachNewestFirst(Consumer<AuditEntry> each);
}
