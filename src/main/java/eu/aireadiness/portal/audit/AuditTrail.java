package eu.aireadiness.portal.audit;

import java.util.List;

/** The portal's audit log: entries are added, never changed or removed. */
public interface AuditTrail {

    void record(AuditEntry entry);

    /** The most recent entries, newest first. */
    List<AuditEntry> latest(int limit);
}
