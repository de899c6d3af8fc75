package uk.police.collaboration.ledger.benchmark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.collaboration.ledger.LedgerApplication;
import uk.police.collaboration.ledger.intake.CommandEnvelope;
import uk.police.collaboration.ledger.intake.CommandIntake;
import uk.police.collaboration.ledger.ledgerlog.ProjectionReplay;
import uk.police.collaboration.ledger.shared.LedgerJson;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Measures the ledger against raw PostgreSQL on the same server in the same run, and prints the
 * figures and their ratios. Not a test: nothing here asserts a time.
 * <pre>mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=uk.police.collaboration.ledger.benchmark.LedgerBenchmark [-Dledger.benchmark.operations=2000]</pre>
 */
public final class LedgerBenchmark {

    private static final int THREADS = 8;
    /** Risks are spread over this many programmes, as in a real ledger (tens to hundreds of events each). */
    private static final int PROGRAMMES = 50;
    private static final byte[] ROW = new byte[600];

    private LedgerBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable failure) {
            // exec:java would otherwise wait for Axon's non-daemon threads and never say why.
            failure.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : Integer.getInteger("ledger.benchmark.operations", 2000);
        String dataDir = Files.createTempDirectory("ledger-bench").resolve("postgres").toString();
        SpringApplication application = new SpringApplication(LedgerApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run("--ledger.demo-data.load=false",
                "--ledger.database.data-directory=" + dataDir, "--logging.level.root=warn")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            DataSource dataSource = context.getBean(DataSource.class);
            CommandIntake intake = context.getBean(CommandIntake.class);
            jdbc.execute("CREATE TABLE bench_raw (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, stream VARCHAR(255), "
                    + "seq BIGINT, type VARCHAR(255), payload BYTEA, metadata BYTEA, UNIQUE (stream, seq))");
            for (int p = 0; p < PROGRAMMES; p++) {
                submit(intake, "RegisterCollaboration", "bench-prog-" + p, "{\"collaborationId\":\"bench-prog-" + p + "\","
                        + "\"title\":\"Benchmark\",\"scope\":\"s\",\"parties\":[{\"partyId\":\"a\",\"name\":\"A\","
                        + "\"kind\":\"FORCE\",\"corporationSole\":true}],\"leadPartyId\":null,\"leadOfficer\":null}");
            }
            warmUp(intake, dataSource);

            System.out.printf("%nLedger benchmark: %d operations per figure, %d programmes, %d cores, embedded PostgreSQL%n",
                    n, PROGRAMMES, Runtime.getRuntime().availableProcessors());
            System.out.println("| what | raw PostgreSQL /s | ledger /s | ledger ÷ raw |");
            System.out.println("|---|---|---|---|");
            double raw1 = rate(n, 1, i -> rawInsert(dataSource, "raw1-" + i));
            double led1 = rate(n, 1, i -> raiseRisk(intake, "one-" + i));
            row("commands, 1 client (one event, one commit each)", raw1, led1);
            double raw8 = rate(n, THREADS, i -> rawInsert(dataSource, "raw8-" + i));
            double led8 = rate(n, THREADS, i -> raiseRisk(intake, "eight-" + i));
            row("commands, " + THREADS + " clients", raw8, led8);
            double resend = rate(n, 1, i -> raiseRisk(intake, "one-" + i));
            row("resubmitted command ids (idempotent answer), 1 client", raw1, resend);

            long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
            double rawRead = events / seconds(() -> jdbc.query("SELECT * FROM domainevententry ORDER BY globalindex", rs -> {
                while (rs.next()) {
                    rs.getBytes("payload");
                }
                return null;
            }));
            awaitCaughtUp(jdbc, events);
            ProjectionReplay replay = context.getBean(ProjectionReplay.class);
            double rebuild = events / seconds(() -> {
                replay.replay();
                awaitCaughtUp(jdbc, events);
            });
            row("read side rebuilt from " + events + " events (vs sequential read)", rawRead, rebuild);

            System.gc();
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            System.out.printf("%nheap in use after the run: %d MiB (committed %d MiB)%n",
                    heap.getUsed() >> 20, heap.getCommitted() >> 20);
        }
    }

    private static void row(String what, double raw, double ledger) {
        System.out.printf("| %s | %.0f | %.0f | %.2f |%n", what, raw, ledger, ledger / raw);
    }

    private static void warmUp(CommandIntake intake, DataSource dataSource) throws Exception {
        rate(300, 2, i -> rawInsert(dataSource, "warm-" + i));
        rate(300, 2, i -> raiseRisk(intake, "warm-" + i));
    }

    private static double rate(int n, int threads, IntConsumer operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            done.add(pool.submit(() -> {
                for (int i = first; i < n; i += threads) {
                    operation.accept(i);
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return n / elapsed;
    }

    private static double seconds(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void awaitCaughtUp(JdbcTemplate jdbc, long events) {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (jdbc.queryForObject("SELECT count(*) FROM ledger_event", Long.class) < events) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the read side did not catch up: " + jdbc.queryForObject(
                        "SELECT count(*) FROM ledger_event", Long.class) + " of " + events + " events; dead letters "
                        + jdbc.queryForList("SELECT processinggroup, causetype, causemessage FROM deadletterentry LIMIT 3")
                        + "; missing " + jdbc.queryForList("SELECT d.globalindex, d.payloadtype, d.aggregateidentifier, d.timestamp "
                        + "FROM domainevententry d WHERE NOT EXISTS (SELECT 1 FROM ledger_event l WHERE l.event_id = d.eventidentifier) "
                        + "ORDER BY 1 LIMIT 30") + "; tokens " + jdbc.queryForList("SELECT processorname, segment, tokentype, "
                        + "convert_from(token, 'UTF8') AS token FROM tokenentry"));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** What the event store does per event, without the ledger: one row with a payload, one commit. */
    private static void rawInsert(DataSource dataSource, String stream) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO bench_raw (stream, seq, type, payload, metadata) VALUES (?, 0, 'Risk', ?, ?)")) {
            insert.setString(1, stream);
            insert.setBytes(2, ROW);
            insert.setBytes(3, ROW);
            insert.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void raiseRisk(CommandIntake intake, String id) {
        String programme = "bench-prog-" + Math.floorMod(id.hashCode(), PROGRAMMES);
        submit(intake, "RaiseRisk", "bench-" + id, "{\"riskId\":\"bench-" + id + "\",\"collaborationId\":\"" + programme + "\","
                + "\"label\":\"a\",\"description\":\"No proven metrics or feedback on the national solution; no force uses it yet\","
                + "\"likelihood\":\"Medium\",\"impact\":\"High\",\"owner\":\"Head of Public Affairs\"}");
    }

    private static void submit(CommandIntake intake, String command, String id, String payload) {
        try {
            intake.submit(new CommandEnvelope(command, "cmd-" + id, "2018-03-22",
                    new CommandEnvelope.SourceReference("D09-2018", "5", "Benchmark", null),
                    (ObjectNode) LedgerJson.mapper().readTree(payload), null), "benchmark");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
