package uk.police.collaboration.ledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
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
        Map<String, Object> defaults = new HashMap<>(Map.of("ledger.demo-data.load", "false",
                "ledger.integrity.scheduled-digests", "false"));
        defaults.putAll(properties);
        application.setDefaultProperties(defaults);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try (ConfigurableApplicationContext context = application.run()) {
            return args[0].equals("import")
                    ? context.getBean(ImportCommandLine.class).run(rest)
                    : context.getBean(VerifyCommandLine.class).run(rest);
        }
    }
}
