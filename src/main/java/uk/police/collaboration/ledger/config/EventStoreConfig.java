package uk.police.collaboration.ledger.config;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import uk.police.collaboration.ledger.integrity.InTransactionSealer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


/**
 * The PostgreSQL event store (default and `postgres` profiles; Axon Server replaces it in
 * `axonserver`). The JDBC engine's bounded range fetch stays fast when gaps exist (the JPA
 * engine's does not), and the error-code resolver turns a duplicate (aggregate, sequence) into a
 * ConcurrencyException rather than a generic EventStoreException (pitfall 2).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
@EnableConfigurationProperties(EventStoreSettings.class)
class EventStoreConfig {

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        // Reads PostgreSQL's SQLSTATE for unique violations; the generic resolver misses them.
        return new DuplicateKeyResolver(new JdbcSQLErrorCodesResolver());
    }

    @Bean
    EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                          Serializer serializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          InTransactionSealer sealer,
                                          org.axonframework.config.Configuration configuration,
                                          EventStoreSettings settings) {
        // Sealed in the appending transaction: an event without its seal and log leaf never commits.
        return sealer.sealing(JdbcEventStorageEngine.builder()
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .dataType(byte[].class)
                .gapTimeout(settings.gapTimeoutMs())
                .batchSize(settings.batchSize())
                .extendedGapCheckEnabled(true)
                .build(), transactionManager);
    }
}
