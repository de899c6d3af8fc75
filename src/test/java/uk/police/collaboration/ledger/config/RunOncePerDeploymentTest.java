package uk.police.collaboration.ledger.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ReflectionUtils;
import uk.police.collaboration.ledger.LedgerApplication;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two ledger nodes (two application contexts, profile postgres) on one PostgreSQL: a scheduled
 * duty that must run once per deployment runs on one node only. The digest is taken by whichever
 * node holds its lock, the other skips, and the node that took it keeps the lock for the interval;
 * the transparency log's signed checkpoint likewise, under a lock of its own.
 */
class RunOncePerDeploymentTest {

    @Test
    void aScheduledDigestRunsOnOneNodeOfTwo(@TempDir Path folder) throws Exception {
        Path keyFile = folder.resolve("ledger.key");
        Files.writeString(keyFile, Base64.getEncoder().encodeToString("a key for this test only, 32+ bytes long".getBytes()));
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("pg")).start();
             ConfigurableApplicationContext first = node(database, keyFile);
             ConfigurableApplicationContext second = node(database, keyFile)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            Object digestsOnFirst = first.getBean("scheduledDigests");
            Object digestsOnSecond = second.getBean("scheduledDigests");
            assertThat(AopUtils.isAopProxy(digestsOnSecond)).as("the scheduled duty goes through its lock").isTrue();
            long before = digests(jdbc);

            Optional<SimpleLock> heldByFirst = first.getBean(LockProvider.class).lock(
                    new LockConfiguration(Instant.now(), "ledger-digest", Duration.ofMinutes(1), Duration.ZERO));
            assertThat(heldByFirst).as("the first node takes the digest's lock").isPresent();
            run(digestsOnSecond);
            assertThat(digests(jdbc)).as("the second node skips while the first holds the lock").isEqualTo(before);

            heldByFirst.get().unlock();
            run(digestsOnSecond);
            assertThat(digests(jdbc)).as("with the lock free the second node takes the digest").isEqualTo(before + 1);
            run(digestsOnFirst);
            assertThat(digests(jdbc)).as("the first node does not take a second digest in the same interval").isEqualTo(before + 1);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM shedlock WHERE name = 'ledger-digest' AND lock_until > now()", Long.class))
                    .isEqualTo(1);

            // The transparency log's signed checkpoint: the same, under its own lock.
            long checkpoints = checkpoints(jdbc);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM log_checkpoint WHERE tree_size = "
                    + "(SELECT coalesce(max(leaf_index) + 1, 0) FROM log_leaf)", Long.class))
                    .as("no checkpoint at the log's size yet, so a run that is not skipped adds one").isZero();
            Optional<SimpleLock> checkpointHeldByFirst = first.getBean(LockProvider.class).lock(
                    new LockConfiguration(Instant.now(), "ledger-checkpoint", Duration.ofMinutes(1), Duration.ZERO));
            assertThat(checkpointHeldByFirst).as("the first node takes the checkpoint's lock").isPresent();
            run(digestsOnSecond, "checkpoint");
            assertThat(checkpoints(jdbc)).as("the second node skips the checkpoint while the first holds its lock").isEqualTo(checkpoints);
            checkpointHeldByFirst.get().unlock();
            run(digestsOnSecond, "checkpoint");
            assertThat(checkpoints(jdbc)).as("with the lock free the second node signs the checkpoint").isEqualTo(checkpoints + 1);
            run(digestsOnFirst, "checkpoint");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM shedlock WHERE name = 'ledger-checkpoint' AND lock_until > now()", Long.class))
                    .as("the node that signed holds the checkpoint's lock for the interval").isEqualTo(1);
        }
    }

    private static long checkpoints(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM log_checkpoint", Long.class);
    }

    private static ConfigurableApplicationContext node(EmbeddedPostgres database, Path keyFile) {
        SpringApplication application = new SpringApplication(LedgerApplication.class);
        application.setAdditionalProfiles("postgres");
        return application.run(
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--ledger.integrity.key-file=" + keyFile, "--ledger.integrity.signing-key-file=" + signingKey(keyFile),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=https://issuer.invalid/realms/ledger",
                "--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=warn");
    }

    /** An Ed25519 PKCS#8 key beside the key file: the postgres profile refuses the demo checkpoint key. */
    private static Path signingKey(Path keyFile) {
        Path pem = keyFile.resolveSibling("signing.pem");
        try {
            Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n" + Base64.getEncoder().encodeToString(java.util.HexFormat.of()
                    .parseHex("302e020100300506032b657004220420" + "42".repeat(32))) + "\n-----END PRIVATE KEY-----\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return pem;
    }

    private static void run(Object scheduledDigests) {
        run(scheduledDigests, "record");
    }

    private static void run(Object scheduledDigests, String duty) {
        Method record = ReflectionUtils.findMethod(scheduledDigests.getClass(), duty);
        assertThat(record).isNotNull();
        ReflectionUtils.makeAccessible(record);
        ReflectionUtils.invokeMethod(record, scheduledDigests);
    }

    private static long digests(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM ledger_digest", Long.class);
    }
}
