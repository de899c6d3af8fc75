package uk.police.collaboration.ledger.programme;

import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static uk.police.collaboration.ledger.programme.FoldJson.text;

/**
 * When each fact of a programme reached the form it has now: the latest recording instant of the
 * fact itself, of every correction laid over it and, for a fact whose date the ledger derives
 * ({@link DerivedDates}: an agreement in force), of every fact of that agreement it may be derived from,
 * with their corrections. Asked as known at an instant on or after that, the fact reads as it does now;
 * before it, it may read otherwise (other facts, another date). Also lists the <em>mobile</em> facts:
 * those whose effective date may differ at an earlier instant (a correction moved them, or they are
 * derived), the only facts that can enter a stretch of valid time they are not in now.
 * Built per fold of the whole selection; immutable.
 */
final class Settled {

    private static final String IN_FORCE = "AgreementInForce";

    private final Map<String, Instant> settledAt;
    private final List<RecordedEvent> mobile;

    private Settled(Map<String, Instant> settledAt, List<RecordedEvent> mobile) {
        this.settledAt = settledAt;
        this.mobile = mobile;
    }

    /**
     * @param selection   the world-ordered selection as known now ({@link AsOf#select} with no limits)
     * @param corrections its corrections, by the id of the event each corrected
     */
    static Settled of(List<RecordedEvent> selection, Map<String, List<RecordedEvent>> corrections) {
        Map<String, Instant> settled = new HashMap<>();
        Map<String, Instant> byAgreement = new HashMap<>();
        List<RecordedEvent> mobile = new ArrayList<>();
        for (RecordedEvent e : selection) {
            Instant at = e.recordedAt();
            boolean moved = false;
            for (RecordedEvent c : corrections.getOrDefault(e.eventId(), List.of())) {
                at = later(at, c.recordedAt());
                moved |= c.text("correctedEffectiveOn") != null;
            }
            if (at != e.recordedAt()) {
                settled.put(e.eventId(), at);
            }
            if (moved || IN_FORCE.equals(e.eventType())) {
                mobile.add(e);
            }
            if ("AgreementDrafted".equals(e.eventType()) || "AgreementSigned".equals(e.eventType())) {
                byAgreement.merge(String.valueOf(text(e.payload(), "agreementId")), at, Settled::later);
            }
        }
        for (RecordedEvent e : selection) {
            if (IN_FORCE.equals(e.eventType())) {
                Instant inputs = byAgreement.get(String.valueOf(text(e.payload(), "agreementId")));
                if (inputs != null) {
                    settled.merge(e.eventId(), later(e.recordedAt(), inputs), Settled::later);
                }
            }
        }
        return new Settled(Map.copyOf(settled), List.copyOf(mobile));
    }

    static Settled none() {
        return new Settled(Map.of(), List.of());
    }

    /** The instant from which this fact reads as it does now (a fact folded after this was built: its own recording). */
    Instant of(RecordedEvent fact) {
        return settledAt.getOrDefault(fact.eventId(), fact.recordedAt());
    }

    /**
     * Whether some fact after {@code position} in world order now may, as known at {@code knownAt}, have
     * stood at or before it: a mobile fact already known then but not yet in its present form.
     */
    boolean mayEnterBefore(RecordedEvent position, Instant knownAt) {
        for (RecordedEvent f : mobile) {
            if (AsOf.WORLD_ORDER.compare(f, position) > 0 && !f.recordedAt().isAfter(knownAt)
                    && knownAt.isBefore(of(f))) {
                return true;
            }
        }
        return false;
    }

    private static Instant later(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }
}
