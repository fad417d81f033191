package eu.aireadiness.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The takeover bound said to operators, and a heartbeat that would let the leader's lock lapse, refused. */
class ServicePropertiesTest {

    @Test
    void theBoundIsTheTtlPlusTwoRetries() {
        assertThat(new ServiceProperties(Duration.ofSeconds(15), Duration.ofSeconds(3), Duration.ofSeconds(1))
                .takeoverBound()).isEqualTo(Duration.ofSeconds(17));
        assertThat(new ServiceProperties(Duration.ofSeconds(6), Duration.ofSeconds(1), Duration.ofMillis(500))
                .takeoverBound()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aHeartbeatOverHalfTheTtlIsRefused() {
        assertThatThrownBy(() -> new ServiceProperties(Duration.ofSeconds(10), Duration.ofSeconds(6),
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class).hasMessage(
                "readiness.service.leadership-heartbeat (PT6S) must be at most half of readiness.service.leadership-ttl"
                        + " (PT10S), or the leader's lock may lapse between two renewals; shorten the heartbeat or"
                        + " lengthen the TTL");
    }
}
