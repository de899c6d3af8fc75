package uk.police.collaboration.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command-line duties as a user runs them: a ledger without a web server (and so without web
 * security) on its own embedded PostgreSQL, importing a journal and then verifying integrity.
 */
class CommandLineTest {

    @Test
    void importThenVerifyRunWithoutAWebServer(@TempDir Path folder) throws Exception {
        Path journal = folder.resolve("journal.ndjson");
        Files.writeString(journal, """
                {"command":"RegisterCollaboration","commandId":"cli-1","effectiveOn":"2017-04-20","source":{"reference":"PCSB 20/04/2017","section":"2.1","title":"Chief Constable's report"},"payload":{"collaborationId":"cli-emsou","title":"EMSOU-FS","scope":"Forensic services","parties":[{"partyId":"leics","name":"Leicestershire Police","kind":"FORCE","corporationSole":false}],"leadPartyId":null,"leadOfficer":null}}
                {"command":"RaiseRisk","commandId":"cli-2","effectiveOn":"2017-04-20","source":{"reference":"PCSB 20/04/2017","section":"2.1.4","title":"Chief Constable's report"},"payload":{"riskId":"cli-risk","collaborationId":"cli-emsou","label":null,"description":"Transition to a new IT platform","likelihood":null,"impact":null,"owner":null}}
                """);
        Map<String, Object> ownDatabase = Map.of("ledger.database.data-directory", folder.resolve("postgres").toString(),
                "logging.level.root", "warn");

        assertThat(LedgerApplication.runCommandLine(new String[]{"import", journal.toString()}, ownDatabase)).isZero();
        assertThat(LedgerApplication.runCommandLine(new String[]{"verify"}, ownDatabase)).isZero();
    }
}
