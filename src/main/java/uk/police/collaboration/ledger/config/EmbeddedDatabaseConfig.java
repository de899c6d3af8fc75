package uk.police.collaboration.ledger.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The default run: a real PostgreSQL started from binaries that Maven Central ships, with its data
 * directory under ./data/ so that a restart keeps the ledger. No installation step.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ledger.database.embedded", havingValue = "true")
class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${ledger.database.data-directory}") String dataDirectory) throws IOException {
        Path directory = Path.of(dataDirectory).toAbsolutePath();
        Files.createDirectories(directory.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // The embedded server starts with fsync and synchronous commit off (it is meant for
                // tests); a ledger of record must survive a crash, so both are turned back on.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "50")
                .setServerConfig("timezone", "UTC")
                .start();
        log.info("Embedded PostgreSQL serving the ledger from {} on port {}", directory, postgres.getPort());
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, DataSourceProperties properties,
                          @Value("${spring.datasource.hikari.connection-init-sql:}") String initSql,
                          @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        if (!initSql.isBlank()) {
            config.setConnectionInitSql(initSql);
        }
        config.setPoolName("ledger-embedded");
        return new HikariDataSource(config);
    }
}
