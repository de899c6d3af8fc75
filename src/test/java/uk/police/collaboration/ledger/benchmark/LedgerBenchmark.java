package uk.police.collaboration.ledger.benchmark;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.collaboration.ledger.LedgerApplication;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.intake.CommandIntake;
import uk.police.collaboration.ledger.ledgerlog.ProjectionReplay;
import uk.police.collaboration.ledger.programme.ProgrammeQueries;
import uk.police.collaboration.ledger.programme.ViewPages;
import uk.police.collaboration.ledger.shared.LedgerJson;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scenarios S1–S7 of issue 10, each beside its raw-PostgreSQL baseline on the same embedded
 * server, in the same run, through the same connection pool (so the same pool size) and with the
 * same durability (fsync and synchronous commit on for the raw side). Prints the table and, in the
 * full run, writes it into docs/benchmarks.md. Not a test: nothing here asserts a time.
 * <pre>
 * mvn -B -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=uk.police.collaboration.ledger.benchmark.LedgerBenchmark
 * </pre>
 * {@code -Dledger.benchmark.quick=true} runs the quick mode (as CI does, figures not written).
 */
public final class LedgerBenchmark {

    /** Ordinary programmes the append figures spread their risks over (tens to hundreds of events each). */
    static final int PROGRAMMES = 50;
    static final String BIG = "bench-big";
    static final String FOI = "bench-foi";
    private static final String SECRETARIAT = Http.basic("secretariat", "demo-secretariat");
    private static final String FOI_OFFICER = Http.basic("foi", "demo-foi");

    /** What a run found that a test may check (never a time). */
    record Outcome(int conflictingRecorded, int conflictingRefused409, int conflictingOther, long eventsStored,
                   long eventsInLedgerLog, String settings) {
    }

    private LedgerBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run(BenchmarkSettings.fromSystemProperties());
        } catch (Throwable failure) {
            // exec:java would otherwise wait for Axon's non-daemon threads and never say why.
            failure.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    static Outcome run(BenchmarkSettings settings) throws Exception {
        Path folder = Files.createTempDirectory("ledger-bench");
        SpringApplication application = new SpringApplication(LedgerApplication.class);
        Report report = new Report();
        try {
            Outcome outcome;
            try (ConfigurableApplicationContext context = application.run("--ledger.demo-data.load=false", RawInserts.FLYWAY_LOCATIONS,
                    "--ledger.database.data-directory=" + folder.resolve("postgres"), "--logging.level.root=warn",
                    "--server.port=0", "--server.address=127.0.0.1")) {
                outcome = new LedgerBenchmark.Scenarios(context, settings, report).all();
            }
            if (settings.runs("S2")) {
                JwtScenario.run(folder, settings, report);
            }
            if (settings.writeDocs()) {
                report.writeInto(Path.of("docs/benchmarks.md"), outcome.settings());
            }
            return outcome;
        } finally {
            // The full run stores gigabytes: never leave them behind.
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private static final class Scenarios {
        private final BenchmarkSettings settings;
        private final JdbcTemplate jdbc;
        private final DataSource dataSource;
        private final CommandIntake intake;
        private final Fixtures fixtures;
        private final ProgrammeQueries queries;
        private final ConfigurableApplicationContext context;
        private final Http http;
        private final Report report;
        private final AtomicInteger sequence = new AtomicInteger();
        private RawInserts raw;

        Scenarios(ConfigurableApplicationContext context, BenchmarkSettings settings, Report report) {
            this.context = context;
            this.report = report;
            this.settings = settings;
            this.jdbc = context.getBean(JdbcTemplate.class);
            this.dataSource = context.getBean(DataSource.class);
            this.intake = context.getBean(CommandIntake.class);
            this.queries = context.getBean(ProgrammeQueries.class);
            this.fixtures = new Fixtures(intake, jdbc, dataSource);
            this.http = new Http(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
        }

        Outcome all() throws Exception {
            int n = settings.commands();
            int w = settings.writers();
            for (int p = 0; p < PROGRAMMES; p++) {
                fixtures.registerProgramme("bench-prog-" + p);
            }
            fixtures.registerProgramme(BIG);
            fixtures.registerProgramme(FOI);
            fixtures.raiseRisk("bench-prog-0", "row-shape");
            raw = new RawInserts(jdbc, dataSource, "row-shape");
            int warm = Math.max(20, n / 10);
            Measure.run(warm, 2, i -> rawInsert("warm-" + i));
            Measure.run(warm, 2, i -> raiseRisk("warm-" + i));

            Measure.Run rawW = null;
            if (settings.runs("S1") || settings.runs("S2")) {
                // S1: in-process append, one writer and many.
                Measure.Run raw1 = Measure.run(n, 1, i -> rawInsert("raw1-" + i));
                Measure.Run led1 = Measure.run(n, 1, i -> raiseRisk("one-" + i));
                report.rate("S1 append in-process, 1 writer", "/s", raw1.perSecond(), led1.perSecond(), led1,
                        "raw p50/p99 " + Report.latency(raw1));
                rawW = Measure.run(n, w, i -> rawInsert("raww-" + i));
                Measure.Run ledW = Measure.run(n, w, i -> raiseRisk("many-" + i));
                report.rate("S1 append in-process, " + w + " writers", "/s", rawW.perSecond(), ledW.perSecond(), ledW,
                        "raw p50/p99 " + Report.latency(rawW));
            }

            if (settings.runs("S2")) {
                // S2: over REST with the demo users (HTTP Basic), against the same raw figure.
                Measure.run(warm, w, i -> restRaiseRisk("restwarm-" + i));
                Measure.Run rest = Measure.run(settings.restCommands(), w, i -> restRaiseRisk("rest-" + i));
                report.rate("S2 append over REST, " + w + " connections, HTTP Basic", "/s", rawW.perSecond(), rest.perSecond(), rest,
                        "raw side: S1's " + w + "-writer insert");
            }

            // S6: concurrent commands on one record.
            Outcome conflicts = settings.runs("S6") ? conflicting() : new Outcome(0, 0, 0, 0, 0, "");

            if (settings.runs("S3") || settings.runs("S4") || settings.runs("S7")) {
                // S3: a large programme arrives, then the whole read side is rebuilt.
                double arrival = bigProgramme();
                if (settings.runs("S3")) {
                    report.plain("S3 live catch-up of a " + settings.bigProgramme() + "-event programme", "",
                            String.format("%.0f events/s", arrival), "events copied in SQL, then projected by the live processor");
                    rebuild();
                }
            }

            if (settings.runs("S4")) {
                // S4: as-of reads of the large programme: whole, as the API answers it (first pages), and as known at an instant.
                asOf("S4 as-of, " + settings.bigProgramme() + "-event programme");
                asOfPaged("S4 as-of, " + settings.bigProgramme() + "-event programme, answer as the API pages it");
                asOfKnownAt("S4 as-of and known at, " + settings.bigProgramme() + "-event programme");
            }

            if (settings.runs("S5")) {
                // S5: FOI exports.
                foiExports();
            }

            awaitCaughtUp();
            long stored = count("domainevententry");
            long logged = count("ledger_event");

            if (settings.runs("S7")) {
                // S7: S1 and S4 again with more events already stored (processors stopped while filling).
                storedVolume();
            }

            return new Outcome(conflicts.conflictingRecorded(), conflicts.conflictingRefused409(), conflicts.conflictingOther(),
                    stored, logged, settingsLine());
        }

        private String settingsLine() {
            return String.format("Settings: %d commands a figure (%d over REST), %d writers, %d programmes, a %d-event programme, %d FOI decisions, "
                            + "%d conflicting commands, %d as-of samples, S7 at %s stored events; embedded PostgreSQL with fsync and "
                            + "synchronous commit on for the raw side and the event store; connection pool %s.",
                    settings.commands(), settings.restCommands(), settings.writers(), PROGRAMMES, settings.bigProgramme(), settings.decisions(),
                    settings.conflicting(), settings.asOfSamples(), java.util.Arrays.toString(settings.storedSizes()),
                    context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size"));
        }

        private Outcome conflicting() throws Exception {
            String risk = "contested-" + sequence.incrementAndGet();
            fixtures.raiseRisk("bench-prog-1", risk);
            ConcurrentHashMap<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            Measure.Run run = Measure.run(settings.conflicting(), Math.min(settings.writers(), settings.conflicting()), i -> {
                int status = http.post("/api/commands/MitigateRisk", SECRETARIAT, envelope("cmd-" + risk + "-m" + i,
                        "{\"riskId\":\"" + risk + "\",\"mitigation\":\"Mitigation " + i + "\"}"));
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            });
            awaitCaughtUp();
            int recorded = statuses.getOrDefault(201, new AtomicInteger()).get();
            int refused = statuses.getOrDefault(409, new AtomicInteger()).get();
            int other = settings.conflicting() - recorded - refused;
            long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, risk) - 1;
            report.plain("S6 " + settings.conflicting() + " concurrent commands on one record (REST)", "",
                    recorded + " recorded, " + refused + " answered 409, " + other + " other; " + events + " events",
                    "p50/p99 " + Report.latency(run) + "; statuses " + statuses);
            return new Outcome(recorded, refused, other, 0, 0, "");
        }

        private double bigProgramme() {
            fixtures.raiseRisk(BIG, "big-risk-template");
            fixtures.mitigateRisk("big-risk-template", "cmd-big-risk-template-mitigated");
            awaitCaughtUp();
            long before = count("ledger_event");
            double seconds = Measure.seconds(() -> {
                fixtures.copyRecord("big-risk-template", "big-risk-", 1, settings.bigProgramme() / 2 - 1, 2000);
                awaitCaughtUp();
            });
            return (count("ledger_event") - before) / seconds;
        }

        private void rebuild() {
            long events = count("domainevententry");
            double rawRead = events / Measure.seconds(() -> jdbc.query("SELECT * FROM domainevententry ORDER BY globalindex", rs -> {
                while (rs.next()) {
                    rs.getBytes("payload");
                    rs.getBytes("metadata");
                }
                return null;
            }));
            ProjectionReplay replay = context.getBean(ProjectionReplay.class);
            double seconds = Measure.seconds(() -> {
                replay.replay();
                awaitCaughtUp();
            });
            report.rate("S3 rebuild of the read side, " + events + " events", "events/s", rawRead, events / seconds, null,
                    String.format("raw: sequential read of the event table; rebuild took %.1f s", seconds));
        }

        private void asOf(String scenario) throws Exception {
            int samples = settings.asOfSamples();
            LocalDate first = LocalDate.of(2018, 1, 1);
            queries.asOf(BIG, first.plusDays(1000), null, Clearance.AUDITOR);
            long[] bytes = new long[1];
            Measure.Run ledger = Measure.run(samples, 1, i -> {
                try {
                    bytes[0] = LedgerJson.mapper().writeValueAsBytes(
                            queries.asOf(BIG, first.plusDays((i * 397L) % 2000), null, Clearance.AUDITOR)).length;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Measure.Run raw = Measure.run(samples, 1, i -> jdbc.query("SELECT " + ALL_LEDGER_COLUMNS
                    + " FROM ledger_event WHERE collaboration_id = ? ORDER BY global_index", rs -> {
                while (rs.next()) {
                    for (int c = 1; c <= 18; c++) {
                        rs.getString(c);
                    }
                }
                return null;
            }, BIG));
            report.millis(scenario + " (p99)", raw.p99Millis(), ledger.p99Millis(), Report.latency(ledger),
                    "raw: fetch of the programme's rows, p50/p99 " + Report.latency(raw) + "; answer " + (bytes[0] >> 10) + " KiB");
        }

        /** S4 as the read API answers it: the long sections cut to their first page (ViewPages). */
        private void asOfPaged(String scenario) throws Exception {
            LocalDate first = LocalDate.of(2018, 1, 1);
            long[] bytes = new long[1];
            Measure.Run ledger = Measure.run(settings.asOfSamples(), 1, i -> {
                try {
                    bytes[0] = LedgerJson.mapper().writeValueAsBytes(ViewPages.firstPages(
                            queries.asOf(BIG, first.plusDays((i * 397L) % 2000), null, Clearance.AUDITOR),
                            ViewPages.DEFAULT_SIZE)).length;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            report.plain(scenario + " (p99)", "", String.format("%.1f ms", ledger.p99Millis()),
                    "p50/p99 " + Report.latency(ledger) + "; answer " + (bytes[0] >> 10) + " KiB");
        }

        /** S4 asked as known at an instant after every event (so the whole selection is made again from the events held). */
        private void asOfKnownAt(String scenario) throws Exception {
            LocalDate first = LocalDate.of(2018, 1, 1);
            java.time.Instant knownAt = java.time.Instant.now();
            long[] bytes = new long[1];
            Measure.Run ledger = Measure.run(settings.asOfSamples(), 1, i -> {
                try {
                    bytes[0] = LedgerJson.mapper().writeValueAsBytes(
                            queries.asOf(BIG, first.plusDays((i * 397L) % 2000), knownAt, Clearance.AUDITOR)).length;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            report.plain(scenario + " (p99)", "", String.format("%.1f ms", ledger.p99Millis()),
                    "p50/p99 " + Report.latency(ledger) + "; whole answer " + (bytes[0] >> 10) + " KiB");
        }

        private static final String ALL_LEDGER_COLUMNS = "global_index, event_id, record_id, record_sequence, record_type, event_type, "
                + "collaboration_id, effective_on, effective_text, recorded_at, recorded_by, original_author, command_id, "
                + "source_reference, source_section, source_title, source_url, payload";

        private void foiExports() throws Exception {
            fixtures.publishedDecision(FOI, "BENCH-D-TEMPLATE");
            fixtures.copyRecord("BENCH-D-TEMPLATE", "BENCH-D-", 1, settings.decisions() - 1, 2000);
            awaitCaughtUp();
            for (String format : List.of("json", "csv")) {
                String path = "/api/foi/decision-history?collaboration=" + FOI + "&format=" + format;
                http.download(path, FOI_OFFICER);
                Http.Download slowest = null;
                long allocated = 0;
                int tries = 3;
                for (int t = 0; t < tries; t++) {
                    long before = Measure.allocatedBytes();
                    Http.Download d = http.download(path, FOI_OFFICER);
                    allocated += Measure.allocatedBytes() - before;
                    if (d.status() != 200) {
                        throw new IllegalStateException("FOI export answered " + d.status());
                    }
                    if (slowest == null || d.lastByteMillis() > slowest.lastByteMillis()) {
                        slowest = d;
                    }
                }
                Http.Download raw = rawDecisions();
                report.plain("S5 FOI export " + format + ", " + settings.decisions() + " decisions (slowest of " + tries + ")",
                        String.format("first byte %.0f ms, last %.0f ms", raw.firstByteMillis(), raw.lastByteMillis()),
                        String.format("first byte %.0f ms, last %.0f ms, %d KiB", slowest.firstByteMillis(), slowest.lastByteMillis(),
                                slowest.bytes() >> 10),
                        String.format("allocated %.0f MiB per export (all threads); raw: the register rows read by a cursor",
                                allocated / (double) tries / (1 << 20)));
            }
        }

        private Http.Download rawDecisions() {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                long start = System.nanoTime();
                long first = -1;
                long bytes = 0;
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT decision::text FROM register_decision WHERE collaboration_id = ? ORDER BY decision_date, reference")) {
                    select.setFetchSize(200);
                    select.setString(1, FOI);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            bytes += rows.getString(1).length();
                            if (first < 0) {
                                first = System.nanoTime();
                            }
                        }
                    }
                }
                connection.commit();
                long last = System.nanoTime();
                return new Http.Download(200, ((first < 0 ? last : first) - start) / 1e6, (last - start) / 1e6, bytes);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private void storedVolume() throws Exception {
            EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
            awaitCaughtUp();
            processing.eventProcessors().values().forEach(EventProcessor::shutDown);
            report.note("S7 runs with the event processors stopped (the stored volume is written straight into the event "
                    + "store and the ledger log), at every size alike, so its figures compare with each other, not with S1.");
            int n = Math.max(20, settings.commands() / 2);
            s7(n, count("domainevententry"));
            for (long size : settings.storedSizes()) {
                long missing = size - count("domainevententry");
                if (missing > 0) {
                    double seconds = Measure.seconds(() -> fixtures.fillStore("row-shape", missing));
                    report.note(String.format("S7: %d events written in %.0f s to reach %d stored", missing, seconds, size));
                }
                s7(n, count("domainevententry"));
            }
        }

        private void s7(int n, long stored) throws Exception {
            Measure.Run raw = Measure.run(n, 1, i -> rawInsert("s7raw-" + stored + "-" + i));
            Measure.Run ledger = Measure.run(n, 1, i -> raiseRisk("s7-" + stored + "-" + i));
            report.rate("S7 S1 (1 writer) with " + stored + " events stored", "/s", raw.perSecond(), ledger.perSecond(), ledger,
                    "processors stopped");
            asOf("S7 S4 with " + stored + " events stored");
        }

        private long count(String table) {
            return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
        }

        private void awaitCaughtUp() {
            long deadline = System.nanoTime() + 1_200_000_000_000L;
            long events = count("domainevententry");
            while (count("ledger_event") < events) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the read side did not catch up: " + count("ledger_event") + " of " + events
                            + " events; dead letters " + jdbc.queryForList(
                            "SELECT processinggroup, causetype, causemessage FROM deadletterentry LIMIT 3"));
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void rawInsert(String stream) {
            raw.insert(stream);
        }

        private void raiseRisk(String id) {
            fixtures.raiseRisk("bench-prog-" + Math.floorMod(id.hashCode(), PROGRAMMES), "bench-" + id);
        }

        private void restRaiseRisk(String id) {
            LedgerBenchmark.restRaiseRisk(http, SECRETARIAT, id);
        }
    }

    static void restRaiseRisk(Http http, String authorization, String id) {
        String programme = "bench-prog-" + Math.floorMod(id.hashCode(), PROGRAMMES);
        int status = http.post("/api/commands/RaiseRisk", authorization,
                envelope("cmd-bench-" + id, Fixtures.riskPayload(programme, "bench-" + id)));
        if (status != 201) {
            throw new IllegalStateException("RaiseRisk over REST answered " + status);
        }
    }

    static String envelope(String commandId, String payload) {
        return "{\"commandId\":\"" + commandId + "\",\"effectiveOn\":\"" + Fixtures.TEMPLATE_DATE + "\","
                + "\"source\":{\"reference\":\"D09-2018\",\"section\":\"5\",\"title\":\"Benchmark\"},\"payload\":" + payload + "}";
    }
}
