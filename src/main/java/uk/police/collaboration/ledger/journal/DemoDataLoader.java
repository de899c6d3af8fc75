package uk.police.collaboration.ledger.journal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * On the first run of an empty ledger, records the five seed papers (journals under
 * src/main/resources/journals/) so that a new user sees real programmes at once. A ledger that
 * already holds any command is left alone.
 */
@Component
@ConditionalOnProperty(name = "ledger.demo-data.load", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final String DEMO_USER = "demo-data-loader";

    private final JournalImporter importer;
    private final JdbcTemplate jdbc;

    DemoDataLoader(JournalImporter importer, JdbcTemplate jdbc) {
        this.importer = importer;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Integer commands = jdbc.queryForObject("SELECT count(*) FROM command_log", Integer.class);
        if (commands != null && commands > 0) {
            return;
        }
        Resource[] journals = new PathMatchingResourcePatternResolver().getResources("classpath*:journals/*.ndjson");
        Arrays.sort(journals, Comparator.comparing(Resource::getFilename));
        for (Resource journal : journals) {
            try (var reader = new InputStreamReader(journal.getInputStream(), StandardCharsets.UTF_8)) {
                ImportReport report = importer.importJournal(reader, DEMO_USER, OnRefusal.CONTINUE);
                log.info("Demo data {}: {} commands accepted, {} refused", journal.getFilename(), report.accepted(), report.refused());
                report.lines().stream().filter(line -> !line.isAccepted()).forEach(line ->
                        log.warn("Demo data {} line {} refused: {} {}", journal.getFilename(), line.line(), line.code(), line.rule()));
            }
        }
    }
}
