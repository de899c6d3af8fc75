package uk.police.collaboration.ledger.integrity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * Every verification, remembered (integrity_verification, append-only): who ran it, when, on how
 * large a log, the result and what broke. A failure increments {@code ledger.integrity.verification.failures}
 * and logs one ERROR line starting "INTEGRITY VERIFICATION FAILED" for operators to alert on.
 */
@Repository
class VerificationRecords {

    private static final Logger log = LoggerFactory.getLogger(VerificationRecords.class);
    private final JdbcTemplate jdbc;
    private final Counter failures;
    private final Counter runs;

    VerificationRecords(JdbcTemplate jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.failures = Counter.builder("ledger.integrity.verification.failures")
                .description("Verifications that found the ledger broken").register(meters);
        this.runs = Counter.builder("ledger.integrity.verification.runs").description("Verifications run").register(meters);
    }

    void remember(VerificationReport report, String by) {
        runs.increment();
        String digest = report.digest() == null ? null : "digest " + report.digest().id() + " (" + report.digest().source() + ")";
        jdbc.update("INSERT INTO integrity_verification (verified_by, status, tree_size, events, digest_used, break_kind, "
                        + "break_detail, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", by, report.status(), report.treeSize(),
                report.eventsVerified(), digest, report.firstBreak() == null ? null : report.firstBreak().kind().name(),
                report.firstBreak() == null ? null : describe(report.firstBreak()),
                report.warnings() == null || report.warnings().isEmpty() ? null : String.join("\n", report.warnings()));
        if (!report.ok()) {
            failures.increment();
            log.error("INTEGRITY VERIFICATION FAILED: {} (run by {}, tree size {})", describe(report.firstBreak()), by,
                    report.treeSize());
        }
    }

    List<Recorded> recent(int limit) {
        return jdbc.query("SELECT id, verified_at, verified_by, status, tree_size, events, digest_used, break_kind, break_detail, "
                + "warnings FROM integrity_verification ORDER BY id DESC LIMIT ?", (rs, n) -> new Recorded(rs.getLong(1),
                rs.getObject(2, java.time.OffsetDateTime.class).toInstant().toString(), rs.getString(3), rs.getString(4),
                (Long) rs.getObject(5), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10) == null ? List.of() : List.of(rs.getString(10).split("\n"))), limit);
    }

    Optional<Recorded> last() {
        return recent(1).stream().findFirst();
    }

    private static String describe(VerificationReport.Break broken) {
        return broken.kind() + (broken.stream() != null ? " in " + broken.stream() : "")
                + (broken.sequence() != null ? " at sequence " + broken.sequence() : "")
                + (broken.eventId() != null ? ", event " + broken.eventId() : "") + ": " + broken.detail();
    }

    /** One remembered verification. */
    public record Recorded(long id, String verifiedAt, String verifiedBy, String status, Long treeSize, long events,
                           String digestUsed, String breakKind, String breakDetail, List<String> warnings) {
        public boolean ok() {
            return VerificationReport.OK.equals(status);
        }
    }
}
