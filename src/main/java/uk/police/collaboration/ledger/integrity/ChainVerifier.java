package uk.police.collaboration.ledger.integrity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Service;
import uk.police.collaboration.ledger.integrity.VerificationReport.Break;
import uk.police.collaboration.ledger.integrity.VerificationReport.DigestChecked;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recomputes every stream's chain from the stored rows, in global order and in pages, compares it
 * with the seals, then checks a digest: every stream it recorded still reaches its recorded
 * sequence with the same link. Stops at, and names, the first broken link. Memory: one page plus
 * one (last sequence, last link) per stream.
 */
@Service
class ChainVerifier {

    private final SealStore store;
    private final LedgerDigests digests;
    private final JdbcTemplate jdbc;
    private final IntegrityKey key;
    private final int pageSize;
    private final LogVerifier logVerifier;
    private final Duration staleAfter;

    /** A chain-only verifier (no log checks), for tests that tamper with keys. */
    ChainVerifier(SealStore store, LedgerDigests digests, JdbcTemplate jdbc, IntegrityKey key, int pageSize) {
        this(store, digests, jdbc, key, pageSize, null, Duration.ofHours(2));
    }

    @org.springframework.beans.factory.annotation.Autowired
    ChainVerifier(SealStore store, LedgerDigests digests, JdbcTemplate jdbc, IntegrityKey key,
                  IntegritySettings settings, LogVerifier logVerifier) {
        this(store, digests, jdbc, key, settings.verifyPageSize(), logVerifier, settings.staleAfter());
    }

    private ChainVerifier(SealStore store, LedgerDigests digests, JdbcTemplate jdbc, IntegrityKey key,
                          int pageSize, LogVerifier logVerifier, Duration staleAfter) {
        this.logVerifier = logVerifier;
        this.staleAfter = staleAfter;
        this.store = store;
        this.digests = digests;
        this.jdbc = jdbc;
        this.key = key;
        this.pageSize = pageSize;
    }

    /** Verifies the chain and the log, then the latest stored digest (if any). */
    VerificationReport verifyAgainstLatestDigest() {
        return verify(digests.latest(), false);
    }

    /** Verifies the chain and the log, then a digest the caller kept outside the system. */
    VerificationReport verify(Optional<DigestDocument> digest) {
        return verify(digest, true);
    }

    private VerificationReport verify(Optional<DigestDocument> digest, boolean supplied) {
        Chain chain = new Chain();
        Break broken = chain.walk();
        LogVerifier.Result logged = null;
        if (broken == null && logVerifier != null) {
            logged = logVerifier.verify();
            broken = logged.broken();
        }
        DigestChecked checked = null;
        if (broken == null && digest.isPresent()) {
            broken = checkDigest(digest.get());
            checked = DigestChecked.of(digest.get(), broken == null, supplied ? "SUPPLIED" : "STORED_LATEST");
        } else if (digest.isPresent()) {
            checked = DigestChecked.of(digest.get(), false, supplied ? "SUPPLIED" : "STORED_LATEST");
        }
        List<String> warnings = warnings(digest, supplied);
        return new VerificationReport(broken == null ? VerificationReport.OK : VerificationReport.BROKEN,
                chain.verified, chain.streams.size(), key.id(), logged == null ? null : logged.treeSize(),
                logged == null || logged.root() == null ? null : LogProofs.hex(logged.root()),
                logged == null ? 0 : logged.erasedFields(), checked, broken, warnings, Instant.now().toString());
    }

    /** What an auditor must know even when everything holds. */
    private List<String> warnings(Optional<DigestDocument> digest, boolean supplied) {
        List<String> warnings = new java.util.ArrayList<>();
        if (key.isDemo()) {
            warnings.add("The ledger is sealed with the PUBLIC DEMO integrity key: seals and digests prove nothing");
        }
        if (digest.isEmpty()) {
            warnings.add("No digest was checked: none is recorded yet, so a cut tail or a re-sealed history would not be seen");
        } else {
            if (!supplied) {
                warnings.add("Checked against digest " + digest.get().id() + " as stored in the ledger's own database; "
                        + "verify against a digest kept outside (POST it) to rule out a replaced digest");
            }
            if (!digests.everExported()) {
                warnings.add("No digest or checkpoint has ever been exported: nothing outside the system can show a rewrite");
            }
            try {
                Instant taken = Instant.parse(digest.get().takenAt());
                if (taken.isBefore(Instant.now().minus(staleAfter))) {
                    warnings.add("The digest checked (" + digest.get().id() + ", taken " + digest.get().takenAt()
                            + ") is older than " + staleAfter + ": events since are covered by the chain and the log only");
                }
            } catch (java.time.DateTimeException e) {
                warnings.add("The digest's taken-at time is not a timestamp");
            }
        }
        return warnings;
    }

    private final class Chain {
        final Map<String, Head> streams = new HashMap<>();
        long verified;

        Break walk() {
            long highestSealed = store.highestSealedIndex();
            long limit = Math.max(highestSealed, store.highestEventIndex());
            // From the lowest possible index: a row forged with a zero or negative global index is read too.
            long after = Long.MIN_VALUE;
            while (after < limit) {
                List<StoredEvent> events = store.eventsAfter(after, pageSize);
                events.removeIf(event -> event.globalIndex() > limit);
                long through = events.isEmpty() ? limit : events.get(events.size() - 1).globalIndex();
                List<Seal> seals = store.sealsBetween(after, through);
                Break broken = merge(events, seals, highestSealed);
                if (broken != null) {
                    return broken;
                }
                after = through;
            }
            return null;
        }

        private Break merge(List<StoredEvent> events, List<Seal> seals, long highestSealed) {
            int e = 0;
            int s = 0;
            while (e < events.size() || s < seals.size()) {
                StoredEvent event = e < events.size() ? events.get(e) : null;
                Seal seal = s < seals.size() ? seals.get(s) : null;
                Break broken;
                if (event != null && seal != null && event.globalIndex() == seal.globalIndex()) {
                    broken = check(event, seal);
                    e++;
                    s++;
                } else if (seal != null && (event == null || seal.globalIndex() < event.globalIndex())) {
                    broken = new Break(BreakKind.MISSING_EVENT, seal.stream(), seal.sequence(), seal.eventId(),
                            seal.globalIndex(), "the event sealed at global index " + seal.globalIndex()
                            + " is no longer in the event table");
                    s++;
                } else {
                    broken = unsealed(event, highestSealed);
                    e++;
                }
                if (broken != null) {
                    return broken;
                }
            }
            return null;
        }

        /** Events are sealed in the transaction that appends them: a committed event without a seal is a finding. */
        private Break unsealed(StoredEvent event, long highestSealed) {
            return new Break(BreakKind.UNSEALED_EVENT, event.stream(), event.sequence(), event.eventId(),
                    event.globalIndex(), "this event has no seal, although every event is sealed in the transaction "
                    + "that appends it: it was added behind the ledger's back (a plain INSERT), or its seal was removed");
        }

        private Break check(StoredEvent event, Seal seal) {
            if (!seal.keyId().equals(key.id())) {
                return at(BreakKind.WRONG_KEY, event, "sealed with key " + seal.keyId() + " but verifying with key "
                        + key.id() + ": use the key the ledger was sealed with");
            }
            if (!seal.eventId().equals(event.eventId()) || !seal.stream().equals(event.stream())
                    || seal.sequence() != event.sequence()) {
                return at(BreakKind.ORDER, event, "the seal at global index " + seal.globalIndex() + " is for event "
                        + seal.eventId() + " (stream " + seal.stream() + " sequence " + seal.sequence() + ")");
            }
            Head head = streams.get(event.stream());
            long expected = head == null ? 0 : head.sequence() + 1;
            if (event.sequence() > expected) {
                return new Break(BreakKind.MISSING_EVENT, event.stream(), expected, null, null, "stream "
                        + event.stream() + " jumps from sequence " + (expected - 1) + " to " + event.sequence()
                        + " (event " + event.eventId() + ")");
            }
            if (event.sequence() < expected) {
                return at(BreakKind.ORDER, event, "sequence " + event.sequence() + " comes after sequence "
                        + head.sequence() + " of the same stream");
            }
            String previous = head == null ? StoredEvent.GENESIS_HEX : head.link();
            if (!IntegrityKey.Hashes.sameHex(previous, seal.previousLink())) {
                return at(BreakKind.SEAL_MISMATCH, event, "the seal's previous link is not the stream's previous link");
            }
            String link = event.link(key, previous);
            if (!IntegrityKey.Hashes.sameHex(link, seal.link())) {
                return at(diagnose(event, seal), event, describe(diagnose(event, seal)));
            }
            streams.put(event.stream(), new Head(event.sequence(), link));
            verified++;
            return null;
        }

        private BreakKind diagnose(StoredEvent event, Seal seal) {
            if (!IntegrityKey.Hashes.sameHex(event.payloadSha256(), seal.payloadSha256())) {
                return BreakKind.PAYLOAD;
            }
            if (!IntegrityKey.Hashes.sameHex(event.metadataSha256(), seal.metadataSha256())) {
                return BreakKind.METADATA;
            }
            if (!event.timestamp().equals(seal.storedTimestamp())) {
                return BreakKind.TIMESTAMP;
            }
            if (!event.payloadType().equals(seal.payloadType())
                    || !java.util.Objects.equals(event.payloadRevision(), seal.payloadRevision())) {
                return BreakKind.PAYLOAD_TYPE;
            }
            return BreakKind.SEAL_MISMATCH;
        }

        private String describe(BreakKind kind) {
            return switch (kind) {
                case PAYLOAD -> "the stored payload differs from the payload that was sealed";
                case METADATA -> "the stored metadata (envelope) differs from the metadata that was sealed";
                case TIMESTAMP -> "the stored timestamp differs from the timestamp that was sealed";
                case PAYLOAD_TYPE -> "the stored payload type or revision differs from those sealed";
                default -> "the seal's link is not the HMAC of this event and its predecessor: "
                        + "the seal was altered or forged";
            };
        }
    }

    private Break checkDigest(DigestDocument digest) {
        if (digest.keyId() != null && !key.id().equals(digest.keyId())) {
            return new Break(BreakKind.WRONG_KEY, null, null, null, digest.globalPosition(),
                    "digest " + digest.id() + " was signed with key " + digest.keyId() + " but verifying with key " + key.id());
        }
        if (!DigestDocument.FORMAT.equals(digest.format()) || !IntegrityKey.DIGEST_ALGORITHM.equals(digest.algorithm())
                || !digest.signatureValid(key)) {
            return new Break(BreakKind.BAD_DIGEST_SIGNATURE, null, null, null, digest.globalPosition(),
                    "the signature of digest " + digest.id() + " is not valid: the digest was altered or forged");
        }
        // Against the ledger as it is now, never against the database's own copy of the digest.
        LedgerDigests.Root now = digests.rootAt(digest.globalPosition());
        long eventsNow = digests.eventCountAt(digest.globalPosition());
        if (!IntegrityKey.Hashes.sameHex(now.hash(), digest.rootHash())) {
            Optional<LedgerDigests.Root> stored = digests.storedRoot(digest.id());
            if (stored.isPresent() && IntegrityKey.Hashes.sameHex(stored.get().hash(), digest.rootHash())) {
                Break named = checkEntries(digest);
                if (named != null) {
                    return named;
                }
            }
            if (now.streams() != digest.streamCount() || eventsNow != digest.eventCount()) {
                return countMismatch(digest, now.streams(), eventsNow);
            }
            return new Break(BreakKind.DIGEST_ROOT_MISMATCH, null, null, null, digest.globalPosition(),
                    "the ledger at global position " + digest.globalPosition() + " (" + now.streams()
                            + " streams) no longer gives the root hash of digest " + digest.id() + " (" + digest.streamCount()
                            + " streams), and the digest's stored entries are missing or altered, so the stream cannot be named");
        }
        if (now.streams() != digest.streamCount() || eventsNow != digest.eventCount()) {
            return countMismatch(digest, now.streams(), eventsNow);
        }
        return null;
    }

    private static Break countMismatch(DigestDocument digest, long streams, long events) {
        return new Break(BreakKind.DIGEST_COUNT_MISMATCH, null, null, null, digest.globalPosition(),
                "up to global position " + digest.globalPosition() + " the ledger now has " + events + " events in "
                        + streams + " streams, but digest " + digest.id() + " recorded " + digest.eventCount()
                        + " events in " + digest.streamCount() + " streams: rows were inserted or removed below its position");
    }

    /** Every stream the digest recorded must still reach the recorded sequence with the recorded link. */
    private Break checkEntries(DigestDocument digest) {
        return jdbc.query("SELECT e.stream, e.last_sequence, e.last_link, s.link AS now_link, s.event_id, s.global_index, "
                + "(SELECT max(x.sequence) FROM event_seal x WHERE x.stream = e.stream) AS now_last "
                + "FROM ledger_digest_entry e LEFT JOIN event_seal s ON s.stream = e.stream AND s.sequence = e.last_sequence "
                + "WHERE e.digest_id = ? ORDER BY e.stream COLLATE \"C\"", (ResultSetExtractor<Break>) rs -> {
            while (rs.next()) {
                String stream = rs.getString("stream");
                long sequence = rs.getLong("last_sequence");
                String nowLink = rs.getString("now_link");
                if (nowLink == null) {
                    long nowLast = rs.getLong("now_last");
                    String now = rs.wasNull() ? "has no events" : "ends at sequence " + nowLast;
                    return new Break(BreakKind.STREAM_SHORTER_THAN_DIGEST, stream, sequence, null, null,
                            "digest " + digest.id() + " recorded stream " + stream + " through sequence " + sequence
                                    + " but it now " + now);
                }
                if (!IntegrityKey.Hashes.sameHex(nowLink, rs.getString("last_link"))) {
                    return new Break(BreakKind.DIGEST_LINK_MISMATCH, stream, sequence, rs.getString("event_id"),
                            rs.getLong("global_index"), "the link at sequence " + sequence + " differs from the one digest "
                            + digest.id() + " recorded: the stream's history was rewritten and re-sealed");
                }
            }
            return null;
        }, digest.id());
    }

    private static Break at(BreakKind kind, StoredEvent event, String detail) {
        return new Break(kind, event.stream(), event.sequence(), event.eventId(), event.globalIndex(), detail);
    }

    private record Head(long sequence, String link) {
    }
}
