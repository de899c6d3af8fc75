package uk.police.collaboration.ledger.journal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The five seed papers, as journals, are recorded whole in an empty ledger on its first run. */
@LedgerIntegrationTest
class DemoDataTest {

    @Autowired
    JournalImporter importer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyLineOfEverySeedJournalWasAcceptedOnFirstRun() throws IOException {
        Resource[] journals = new PathMatchingResourcePatternResolver().getResources("classpath*:journals/*.ndjson");
        assertThat(journals).hasSize(6);
        for (Resource journal : journals) {
            try (var reader = new InputStreamReader(journal.getInputStream(), StandardCharsets.UTF_8)) {
                ImportReport again = importer.importJournal(reader, "demo-data-test", OnRefusal.CONTINUE);
                assertThat(again.refused()).as("refused lines of %s: %s", journal.getFilename(), again.lines()).isZero();
                assertThat(again.lines()).as(journal.getFilename()).isNotEmpty()
                        .allSatisfy(line -> assertThat(line.replayed()).as("line %d already recorded by the loader", line.line()).isTrue());
            }
        }
    }

    @Test
    void everySeedFactCitesItsPaper() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM command_log WHERE command_id LIKE 'seed-%'", Long.class))
                .isGreaterThan(150);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ledger_event WHERE command_id LIKE 'seed-%' "
                + "AND (source_reference IS NULL OR source_reference = '')", Long.class)).isZero();
    }
}
