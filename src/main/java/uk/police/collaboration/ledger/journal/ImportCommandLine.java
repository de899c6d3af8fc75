package uk.police.collaboration.ledger.journal;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar programme-ledger.jar import <journal.ndjson> [--continue]}: prints one JSON
 * result per line as each line is done, then a summary; exits 0 when every line was accepted, 1 otherwise, 2 on misuse.
 * The importing user is the operating-system user running it.
 */
@Component
public class ImportCommandLine {

    private final JournalImporter importer;

    ImportCommandLine(JournalImporter importer) {
        this.importer = importer;
    }

    public int run(String... args) {
        PrintStream out = System.out;
        if (args.length < 1 || args.length > 2 || (args.length == 2 && !args[1].equals("--continue"))) {
            System.err.println("usage: import <journal.ndjson> [--continue]");
            return 2;
        }
        Path journal = Path.of(args[0]);
        if (!Files.isReadable(journal)) {
            System.err.println("cannot read " + journal);
            return 2;
        }
        OnRefusal onRefusal = args.length == 2 ? OnRefusal.CONTINUE : OnRefusal.STOP;
        String user = "cli:" + System.getProperty("user.name", "unknown");
        try (var reader = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
            // Each result is printed as soon as its line is done: a long journal shows its progress.
            NdjsonReport report = new NdjsonReport(out);
            ImportSummary summary = importer.importJournal(reader, user, onRefusal, report::line);
            out.printf("%d accepted, %d refused%s%n", summary.accepted(), summary.refused(),
                    summary.stoppedEarly() ? ", stopped at the first refusal" : "");
            return summary.refused() == 0 ? 0 : 1;
        } catch (IOException e) {
            System.err.println("cannot read " + journal + ": " + e.getMessage());
            return 2;
        }
    }
}
