package uk.police.collaboration.ledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import uk.police.collaboration.ledger.integrity.VerifyCommandLine;
import uk.police.collaboration.ledger.journal.ImportCommandLine;

import java.util.Arrays;

/**
 * The Collaboration Programme Ledger. With no arguments it serves the API on port 8080; with
 * {@code import <journal> [--continue]} it imports a journal file without starting the web server;
 * with {@code verify [--digest <exported-digest.json>]} it verifies the ledger's integrity (docs/integrity.md).
 */
@SpringBootApplication
public class LedgerApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            SpringApplication application = new SpringApplication(LedgerApplication.class);
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setDefaultProperties(java.util.Map.of("ledger.demo-data.load", "false"));
            int status;
            try (ConfigurableApplicationContext context = application.run()) {
                status = context.getBean(ImportCommandLine.class).run(Arrays.copyOfRange(args, 1, args.length));
            }
            System.exit(status);
        }
        if (args.length > 0 && args[0].equals("verify")) {
            SpringApplication application = new SpringApplication(LedgerApplication.class);
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setDefaultProperties(java.util.Map.of("ledger.demo-data.load", "false",
                    "ledger.integrity.scheduled-digests", "false"));
            int status;
            try (ConfigurableApplicationContext context = application.run()) {
                status = context.getBean(VerifyCommandLine.class).run(Arrays.copyOfRange(args, 1, args.length));
            }
            System.exit(status);
        }
        SpringApplication.run(LedgerApplication.class, args);
    }
}
