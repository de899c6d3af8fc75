package uk.police.collaboration.ledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import uk.police.collaboration.ledger.integrity.OfflineVerify;
import uk.police.collaboration.ledger.integrity.VerifyCommandLine;
import uk.police.collaboration.ledger.journal.ImportCommandLine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The Collaboration Programme Ledger. With no arguments it serves the API on port 8080; with
 * {@code import <journal> [--continue]} it imports a journal file without starting the web server;
 * with {@code verify [--digest <exported-digest.json>]} it verifies the ledger's integrity (docs/integrity.md).
 */
@SpringBootApplication
public class LedgerApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify") && OfflineVerify.wanted(args)) {
            // Exported files and public keys only: no database, no Spring.
            System.exit(OfflineVerify.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && (args[0].equals("import") || args[0].equals("verify"))) {
            System.exit(runCommandLine(args, Map.of()));
        }
        SpringApplication.run(LedgerApplication.class, args);
    }

    /**
     * Runs a command-line duty in a ledger without a web server (no demo data, no scheduled
     * digest) and answers its exit status. {@code properties} add to or override the defaults.
     */
    public static int runCommandLine(String[] args, Map<String, Object> properties) {
        SpringApplication application = new SpringApplication(LedgerApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        Map<String, Object> settings = new HashMap<>(Map.of("ledger.demo-data.load", "false",
                "ledger.integrity.scheduled-digests", "false"));
        settings.putAll(properties);
        // As command-line arguments, so that they win over application.yml.
        String[] springArgs = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try (ConfigurableApplicationContext context = application.run(springArgs)) {
            return args[0].equals("import")
                    ? context.getBean(ImportCommandLine.class).run(rest)
                    : context.getBean(VerifyCommandLine.class).run(rest);
        }
    }
}
