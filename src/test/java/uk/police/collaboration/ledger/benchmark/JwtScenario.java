package uk.police.collaboration.ledger.benchmark;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import uk.police.collaboration.ledger.LedgerApplication;
import uk.police.collaboration.ledger.intake.CommandIntake;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Date;
import java.util.List;

/**
 * S2 with bearer tokens, as the postgres and axonserver profiles sign users in: a second ledger with
 * demo users off, whose issuer is stood in for by an RSA key made here (every request's token
 * signature is verified, RS256, as with a real issuer's key set).
 */
final class JwtScenario {

    private JwtScenario() {
    }

    /** Runs S2 over bearer tokens with its own raw baseline, on a fresh ledger in {@code folder}. */
    static void run(Path folder, BenchmarkSettings settings, Report report) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        SpringApplication application = new SpringApplication(LedgerApplication.class);
        // The issuer's key set, as a bean registered here (not a scanned configuration class, which every
        // other context on this class path would pick up).
        JwtDecoder issuer = NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("jwtDecoder", issuer));
        try (ConfigurableApplicationContext context = application.run("--ledger.demo-data.load=false", RawInserts.FLYWAY_LOCATIONS,
                "--ledger.demo-users.enabled=false",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=https://issuer.invalid/benchmark",
                "--ledger.database.data-directory=" + folder.resolve("postgres-jwt"), "--logging.level.root=warn",
                "--server.port=0", "--server.address=127.0.0.1")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            DataSource dataSource = context.getBean(DataSource.class);
            Fixtures fixtures = new Fixtures(context.getBean(CommandIntake.class), jdbc, dataSource);
            Http http = new Http(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
            String bearer = "Bearer " + token(keys);
            for (int p = 0; p < LedgerBenchmark.PROGRAMMES; p++) {
                fixtures.registerProgramme("bench-prog-" + p);
            }
            fixtures.raiseRisk("bench-prog-0", "row-shape");
            RawInserts raw = new RawInserts(jdbc, dataSource, "row-shape");
            int w = settings.writers();
            int n = settings.restCommands();
            Measure.run(Math.max(20, n / 10), w, i -> raw.insert("warm-" + i));
            Measure.run(Math.max(20, n / 10), w, i -> LedgerBenchmark.restRaiseRisk(http, bearer, "jwtwarm-" + i));
            Measure.Run rawW = Measure.run(settings.commands(), w, i -> raw.insert("raww-" + i));
            Measure.Run rest = Measure.run(n, w, i -> LedgerBenchmark.restRaiseRisk(http, bearer, "jwt-" + i));
            report.rate("S2 append over REST, " + w + " connections, JWT (RS256)", "/s", rawW.perSecond(), rest.perSecond(), rest,
                    "raw side: " + w + "-writer insert on this ledger's server");
        }
    }

    private static String token(KeyPair keys) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("bench-user").claim("preferred_username", "bench.recorder")
                .claim("roles", List.of("secretariat")).issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 3_600_000L)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }
}
