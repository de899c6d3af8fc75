package uk.police.collaboration.ledger.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The ledger as a separate JVM on this machine (loopback only), so that the fault suite can
 * kill -9 it as the operating system would, and start it again on the same data folder and port.
 */
public final class LedgerProcess implements AutoCloseable {

    private final Path dataDirectory;
    private final Path log;
    private final int port;
    private final List<String> extraArguments;
    private Process process;

    public LedgerProcess(Path dataDirectory, Path log) throws IOException {
        this(dataDirectory, log, List.of());
    }

    /** With further command-line settings, e.g. to join another node's database instead of starting one. */
    public LedgerProcess(Path dataDirectory, Path log, List<String> extraArguments) throws IOException {
        this.dataDirectory = dataDirectory;
        this.log = log;
        this.extraArguments = List.copyOf(extraArguments);
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    /** The JVM's process id: Axon names a token's owner "pid@host". */
    public long pid() {
        return process.pid();
    }

    /** Starts the ledger and waits (bounded) until its health answers UP. */
    public void start(Duration bound) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "uk.police.collaboration.ledger.LedgerApplication",
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--ledger.database.data-directory=" + dataDirectory, "--ledger.demo-data.load=false",
                "--logging.level.root=warn"));
        command.addAll(extraArguments);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        FaultClient probe = new FaultClient(port, Duration.ofSeconds(5));
        long until = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the ledger exited with " + process.exitValue() + " while starting; see " + log);
            }
            if (probe.get("/actuator/health", null).status() == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the ledger did not start within " + bound + "; see " + log);
    }

    /** kill -9: no shutdown hook runs, the embedded PostgreSQL is left running on its own. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A normal stop (SIGTERM); if it does not end in time, kill -9 and stop its PostgreSQL too. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
            new PostgresProcess(dataDirectory).kill();
        }
    }
}
