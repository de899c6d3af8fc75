package uk.police.collaboration.ledger.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server on a data folder, as a fault injector sees it: its postmaster (from
 * postmaster.pid), signals to it and its backends (kill, freeze, thaw), and a restart with the
 * exact command line it last ran with (postmaster.opts). Loopback only: it never leaves the machine.
 */
public final class PostgresProcess {

    private final Path dataDirectory;

    public PostgresProcess(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    public Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
    }

    /** The postmaster and every backend it runs. */
    public List<ProcessHandle> serverProcesses() throws IOException {
        List<ProcessHandle> all = new ArrayList<>();
        postmaster().ifPresent(p -> {
            all.add(p);
            p.descendants().forEach(all::add);
        });
        return all;
    }

    /** kill -9 of the whole server, as a crash or the OOM killer would. */
    public void kill() throws IOException {
        List<ProcessHandle> processes = serverProcesses();
        signal("KILL", processes);
        for (ProcessHandle process : processes) {
            process.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> process).join();
        }
    }

    /** SIGSTOP of the whole server: connections stay open and nothing answers. */
    public void freeze() throws IOException {
        signal("STOP", serverProcesses());
    }

    public void thaw() throws IOException {
        signal("CONT", serverProcesses());
    }

    /**
     * Starts the server again with the command line it last ran with (same port), detached like
     * pg_ctl would; retried while the killed server's shared memory is still being released.
     */
    public void restart() throws IOException, InterruptedException {
        List<String> command = lastCommandLine();
        for (int attempt = 0; attempt < 60; attempt++) {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(dataDirectory.resolveSibling("postgres-restart.log").toFile())
                    .start();
            for (int wait = 0; wait < 20; wait++) {
                if (!process.isAlive()) {
                    break;
                }
                if (postmaster().map(p -> p.pid() == process.pid()).orElse(false) && acceptsConnections()) {
                    return;
                }
                Thread.sleep(250);
            }
            if (process.isAlive()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("PostgreSQL on " + dataDirectory + " did not start again");
    }

    private boolean acceptsConnections() throws IOException {
        // postmaster.pid's 8th line is the server's status: "ready" once it accepts connections.
        List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        return lines.size() >= 8 && lines.get(7).strip().equals("ready");
    }

    public int port() throws IOException {
        return Integer.parseInt(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(3).strip());
    }

    private List<String> lastCommandLine() throws IOException {
        String options = Files.readString(dataDirectory.resolve("postmaster.opts")).strip();
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; zonky runs it in a user namespace, and so do we.
            command.addAll(List.of("unshare", "-U"));
        }
        Matcher first = Pattern.compile("^(\\S+)").matcher(options);
        if (!first.find()) {
            throw new IllegalStateException("postmaster.opts is empty");
        }
        command.add(first.group(1));
        Matcher quoted = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(options.substring(first.end()));
        while (quoted.find()) {
            command.add(quoted.group(1));
        }
        return command;
    }

    private static void signal(String signal, List<ProcessHandle> processes) throws IOException {
        if (processes.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(p -> command.add(Long.toString(p.pid())));
        try {
            new ProcessBuilder(command).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
