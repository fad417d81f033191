package eu.aireadiness.service;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.integration.leader.Candidate;
import org.springframework.integration.leader.Context;

import eu.aireadiness.pipeline.WatchProperties;

/**
 * This process as a candidate for leading the processes of {@code serve} on one database: the leader runs the
 * watcher of the countries' folders and the annual schedule (the endpoints of {@link WatchProperties#LEADER_ROLE},
 * which Spring Integration's role controller starts and stops on the events of the leader initiator); every process
 * serves the portal. Its id is the client id of its row in the lock table, so that the row names the leader.
 */
final class Leadership implements Candidate {

    private static final Logger log = LoggerFactory.getLogger(Leadership.class);

    private final String id = UUID.randomUUID().toString();
    private final String name = host() + " process " + ProcessHandle.current().pid();
    private volatile Instant leadingSince;

    @Override
    public String getRole() {
        return WatchProperties.LEADER_ROLE;
    }

    @Override
    public String getId() {
        return id;
    }

    /** The host and process id, as an operator finds the process. */
    String name() {
        return name;
    }

    /** Since when this process leads; empty while another does. */
    Optional<Instant> leadingSince() {
        return Optional.ofNullable(leadingSince);
    }

    @Override
    public void onGranted(Context context) {
        leadingSince = Instant.now();
        log.info("This instance ({}, lock client {}) now leads: it runs the watcher and the annual schedule", name, id);
    }

    @Override
    public void onRevoked(Context context) {
        leadingSince = null;
        log.info("This instance ({}, lock client {}) no longer leads (it stops, or its lock lapsed): the watcher and the schedule stop here", name, id);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return ManagementFactory.getRuntimeMXBean().getName();
        }
    }
}
