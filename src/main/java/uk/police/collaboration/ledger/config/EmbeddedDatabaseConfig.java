package uk.police.collaboration.ledger.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The default run: a real PostgreSQL started from binaries that Maven Central ships, with its data
 * directory under ./data/ so that a restart keeps the ledger. No installation step. The ledger runs
 * as the application role; Flyway migrates as the owner role (least privilege, docs/operations.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ledger.database.embedded", havingValue = "true")
@EnableConfigurationProperties(DatabaseSettings.class)
class EmbeddedDatabaseConfig {

    /** Destroyed after the pool (which depends on it), so PostgreSQL stops only once nothing uses it. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(DatabaseSettings settings) throws IOException {
        if (settings.dataDirectory() == null || settings.dataDirectory().isBlank()) {
            throw new IllegalStateException("ledger.database.data-directory must name the embedded server's data folder");
        }
        return EmbeddedPostgresServer.start(Path.of(settings.dataDirectory()), settings.listenAddresses(), settings.deleteOnStop());
    }

    /** The running server itself, for tools that need the superuser (tests that tamper, backups). Stopped by its owner above. */
    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresServer server) {
        return server.postgres();
    }

    /** The application's pool, tuned by spring.datasource.hikari.* (time-outs: application.yml). */
    @Bean(destroyMethod = "close")
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(server.jdbcUrl());
        pool.setUsername(EmbeddedCredentials.APPLICATION);
        pool.setPassword(server.credentials().applicationPassword());
        pool.setPoolName("ledger-embedded");
        return pool;
    }

    /** Migrations run as the owner, so the tables, triggers and functions they create are the owner's. */
    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(EmbeddedPostgresServer server) {
        return flyway -> flyway.dataSource(server.jdbcUrl(), EmbeddedCredentials.OWNER, server.credentials().ownerPassword());
    }
}
