package uk.police.collaboration.ledger.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL left running on the data folder by a ledger that died without stopping it (kill -9
 * of the JVM: the server runs detached, so it outlives its parent). Its postmaster.pid names it; if
 * no live ledger holds the folder's lock, the server is an orphan and is stopped with a fast
 * shutdown (clients cut, a clean checkpoint), so the next start is a clean one.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    /** The lock file zonky's EmbeddedPostgres holds for as long as its JVM uses the folder. */
    static final String LOCK_FILE = "epg-lock";

    private StalePostmaster() {
    }

    /** Stops an orphaned server on this folder, if there is one; refuses if a live ledger still holds it. */
    static void stopIfOrphaned(Path dataDirectory, int waitSeconds) throws IOException {
        Optional<ProcessHandle> server = liveServerOf(dataDirectory);
        if (server.isEmpty()) {
            return;
        }
        if (!lockIsFree(dataDirectory)) {
            throw new IllegalStateException("Another running ledger uses the database folder " + dataDirectory
                    + " (PostgreSQL pid " + server.get().pid() + "); stop it first or choose another LEDGER_DATA_DIR");
        }
        log.warn("PostgreSQL (pid {}) was left running on {} by a ledger that did not stop; stopping it before a clean start",
                server.get().pid(), dataDirectory);
        stop(server.get(), dataDirectory, waitSeconds);
    }

    /** Stops whatever server runs on this folder (a start that failed half-way leaves one behind). */
    static void stopIfRunning(Path dataDirectory, int waitSeconds) throws IOException {
        Optional<ProcessHandle> server = liveServerOf(dataDirectory);
        if (server.isPresent()) {
            stop(server.get(), dataDirectory, waitSeconds);
        }
    }

    private static void stop(ProcessHandle server, Path dataDirectory, int waitSeconds) throws IOException {
        long pid = server.pid();
        signal("INT", pid);
        if (!awaitExit(server, waitSeconds)) {
            log.warn("PostgreSQL (pid {}) did not stop within {} s of a fast shutdown; sending an immediate shutdown", pid, waitSeconds);
            signal("QUIT", pid);
            if (!awaitExit(server, waitSeconds)) {
                throw new IllegalStateException("Could not stop the orphaned PostgreSQL (pid " + pid + ") on " + dataDirectory);
            }
        }
    }

    /** The process named by postmaster.pid, when it is alive and is a postgres server. */
    static Optional<ProcessHandle> liveServerOf(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        // A pid can be reused by an unrelated process after a reboot: only a postgres is ours.
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres") || c.endsWith("postmaster")).orElse(false));
    }

    private static boolean lockIsFree(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (FileChannel channel = new RandomAccessFile(lockFile.toFile(), "rw").getChannel()) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (java.nio.channels.OverlappingFileLockException heldHere) {
            return false;
        }
    }

    private static void signal(String signal, long pid) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL pid " + pid, e);
        }
    }

    private static boolean awaitExit(ProcessHandle process, int waitSeconds) {
        try {
            process.onExit().get(waitSeconds, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
