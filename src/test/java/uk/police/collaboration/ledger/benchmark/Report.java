package uk.police.collaboration.ledger.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's table: printed as it goes, and written into docs/benchmarks.md between the
 * markers {@value #BEGIN} and {@value #END} (everything else in the file is left as it is).
 */
final class Report {

    static final String BEGIN = "<!-- benchmark:latest:begin -->";
    static final String END = "<!-- benchmark:latest:end -->";
    private static final String HEADER = "| scenario | raw PostgreSQL | ledger | ledger ÷ raw | ledger p50 / p99 | heap after (MiB) | note |\n"
            + "|---|---|---|---|---|---|---|";

    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Report() {
        System.out.println();
        System.out.println(HEADER);
    }

    /** A figure where more is better (per second). */
    void rate(String scenario, String unit, double raw, double ledger, Measure.Run timed, String note) {
        add(scenario, String.format("%.0f %s", raw, unit), String.format("%.0f %s", ledger, unit),
                String.format("%.2f", ledger / raw), timed == null ? "" : latency(timed), note);
    }

    /** A figure where less is better (milliseconds): the ratio is raw ÷ ledger, so that 1 is parity either way. */
    void millis(String scenario, double raw, double ledger, String latency, String note) {
        add(scenario, String.format("%.1f ms", raw), String.format("%.1f ms", ledger), String.format("%.2f", raw / ledger),
                latency, note);
    }

    void plain(String scenario, String raw, String ledger, String note) {
        add(scenario, raw, ledger, "", "", note);
    }

    void note(String text) {
        notes.add(text);
        System.out.println("  " + text);
    }

    static String latency(Measure.Run run) {
        return String.format("%.1f / %.1f ms", run.p50Millis(), run.p99Millis());
    }

    private void add(String scenario, String raw, String ledger, String ratio, String latency, String note) {
        String row = String.format("| %s | %s | %s | %s | %s | %d | %s |", scenario, raw, ledger, ratio, latency,
                Measure.heapAfterGcMiB(), note);
        rows.add(row);
        System.out.println(row);
    }

    String markdown(String settings) {
        StringBuilder out = new StringBuilder();
        out.append("Run ").append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(" on ").append(machine()).append(".\n").append(settings).append("\n\n")
                .append(HEADER).append('\n');
        rows.forEach(row -> out.append(row).append('\n'));
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
        }
        return out.toString();
    }

    void writeInto(Path docs, String settings) throws IOException {
        String text = Files.exists(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "# Benchmarks\n";
        String block = BEGIN + "\n" + markdown(settings) + END;
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String updated = begin >= 0 && end > begin
                ? text.substring(0, begin) + block + text.substring(end + END.length())
                : text + "\n## Latest run of the benchmark command\n\n" + block + "\n";
        Files.writeString(docs, updated, StandardCharsets.UTF_8);
        System.out.println("Table written into " + docs);
    }

    private static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format("%s %s, %d cores, Java %s, heap max %d MiB, load average %.1f at the end (the machine is shared)",
                os.getName(), os.getArch(), os.getAvailableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, os.getSystemLoadAverage());
    }
}
