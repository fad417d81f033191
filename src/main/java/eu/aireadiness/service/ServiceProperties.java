package eu.aireadiness.service;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@code serve} command's leadership among the processes on one database.
 *
 * @param leadershipTtl       how long the leader's lock holds without being renewed: a leader that dies (killed,
 *                            its machine gone) is replaced after at most this plus twice {@code leadershipRetry}
 * @param leadershipHeartbeat how often the leader renews its lock; well under the TTL, so that a slow database
 *                            answer does not cost the lead
 * @param leadershipRetry     how often a process that does not lead tries to take the lock
 */
@ConfigurationProperties("readiness.service")
public record ServiceProperties(@DefaultValue("15s") Duration leadershipTtl,
                                @DefaultValue("3s") Duration leadershipHeartbeat,
                                @DefaultValue("1s") Duration leadershipRetry) {

    public ServiceProperties {
        if (leadershipHeartbeat.compareTo(leadershipTtl.dividedBy(2)) > 0) {
            throw new IllegalArgumentException("readiness.service.leadership-heartbeat (" + leadershipHeartbeat
                    + ") must be at most half of readiness.service.leadership-ttl (" + leadershipTtl + "), or the"
                    + " leader's lock may lapse between two renewals; shorten the heartbeat or lengthen the TTL");
        }
    }

    /**
     * The longest time without a leader after the leader died: its lock lapses at most a TTL after its last renewal,
     * and another process sees that within one pause between its attempts and one wait between two reads of the lock.
     */
    public Duration takeoverBound() {
        return leadershipTtl.plus(leadershipRetry.multipliedBy(2));
    }
}
