package eu.aireadiness.service;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.integration.support.leader.LockRegistryLeaderInitiator;
import org.springframework.transaction.PlatformTransactionManager;

import eu.aireadiness.database.DatabaseLocation;

/**
 * The election of the one {@code serve} process that runs the watcher and the schedule, among those on one database:
 * a lock in the table INT_LOCK (Flyway V15) held through Spring Integration's JDBC lock registry, renewed by the
 * leader every heartbeat and lapsing a TTL after its last renewal, so that a leader killed outright is replaced
 * within {@link ServiceProperties#takeoverBound()}. On H2 in file mode only one process opens the database: it leads
 * at once.
 */
@Configuration
@ConditionalOnProperty(name = "readiness.command", havingValue = "serve")
class LeadershipConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LeadershipConfiguration.class);

    /** The region of the lock table's rows: the key's namespace, should the table be shared with other locks. */
    static final String REGION = "readiness-service";

    @Bean
    Leadership leadership() {
        return new Leadership();
    }

    @Bean
    DefaultLockRepository leadershipLockRepository(DataSource dataSource, PlatformTransactionManager transactions,
                                                   Leadership leadership) {
        DefaultLockRepository repository = new DefaultLockRepository(dataSource, leadership.getId());
        repository.setRegion(REGION);
        repository.setTransactionManager(transactions);
        return repository;
    }

    @Bean
    JdbcLockRegistry leadershipLocks(DefaultLockRepository repository, ServiceProperties settings) {
        JdbcLockRegistry registry = new JdbcLockRegistry(repository, settings.leadershipTtl());
        registry.setIdleBetweenTries(settings.leadershipRetry());
        return registry;
    }

    @Bean
    LockRegistryLeaderInitiator leaderInitiator(JdbcLockRegistry locks, Leadership leadership,
                                                ServiceProperties settings, DatabaseLocation database) {
        LockRegistryLeaderInitiator initiator = new LockRegistryLeaderInitiator(locks, leadership);
        initiator.setHeartBeatMillis(settings.leadershipHeartbeat().toMillis());
        initiator.setBusyWaitMillis(settings.leadershipRetry().toMillis());
        log.info("This instance ({}, lock client {}) is a candidate to lead the instances on {}; a leader that dies is"
                        + " replaced within {} s", leadership.name(), leadership.getId(), database.describe(),
                settings.takeoverBound().toSeconds());
        return initiator;
    }
}
