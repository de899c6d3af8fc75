package uk.police.collaboration.ledger.integrity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.stereotype.Component;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar programme-ledger.jar verify [--digest <exported-digest.json>]}: verifies the
 * database (chains, transparency log, digest), prints the report as JSON; exits 0 when OK, 1 when a
 * link is broken, 2 on misuse. Without --digest the latest digest stored in the ledger is checked.
 * With {@code --keys} instead, {@link OfflineVerify} checks exported files and needs no database.
 */
@Component
public class VerifyCommandLine {

    private final IntegrityChecks verifier;
    private final ObjectMapper mapper = LedgerJson.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Through IntegrityChecks, so that a verification from the command line is remembered too. */
    VerifyCommandLine(IntegrityChecks verifier) {
        this.verifier = verifier;
    }

    public int run(String... args) {
        VerificationReport report;
        if (args.length == 0) {
            report = verifier.verifyNow();
        } else if (args.length == 2 && args[0].equals("--digest")) {
            Path file = Path.of(args[1]);
            DigestDocument digest;
            try {
                digest = mapper.readValue(Files.readString(file), DigestDocument.class);
            } catch (IOException e) {
                System.err.println("cannot read the digest " + file + ": " + e.getMessage());
                return 2;
            }
            report = verifier.verifyAgainst(digest);
        } else {
            System.err.println("usage: verify [--digest <exported-digest.json>]");
            return 2;
        }
        try {
            System.out.println(mapper.writeValueAsString(report));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return report.ok() ? 0 : 1;
    }
}
