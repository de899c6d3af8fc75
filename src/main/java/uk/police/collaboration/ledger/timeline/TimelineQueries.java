package uk.police.collaboration.ledger.timeline;

import org.springframework.stereotype.Service;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.ledgerlog.LedgerLog;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.AsOf;
import uk.police.collaboration.ledger.readside.ReadRefused;
import uk.police.collaboration.ledger.timeline.TimelineView.ChangeView;
import uk.police.collaboration.ledger.timeline.TimelineView.CorrectionDetailView;
import uk.police.collaboration.ledger.timeline.TimelineView.LineView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every event of a programme and its linked records, each with a sentence, as the reader may read it,
 * in world order as known at an instant (now, unless given): corrections laid over the facts they
 * correct (a fact whose date was corrected stands at its corrected date), derived facts dated from
 * the facts they follow from, names as they stood on each line's date.
 */
@Service
public class TimelineQueries {

    private final LedgerLog ledgerLog;

    TimelineQueries(LedgerLog ledgerLog) {
        this.ledgerLog = ledgerLog;
    }

    public TimelineView timeline(String collaborationId, LocalDate from, LocalDate to, Set<String> types, int page, int size,
                                 Clearance clearance) {
        return timeline(collaborationId, from, to, types, page, size, clearance, null);
    }

    /** @param knownAt transaction time: only what the ledger had recorded by this instant (null: now) */
    public TimelineView timeline(String collaborationId, LocalDate from, LocalDate to, Set<String> types, int page, int size,
                                 Clearance clearance, Instant knownAt) {
        List<RecordedEvent> all = (clearance.seesProgrammes() ? ledgerLog.ofProgramme(collaborationId) : List.<RecordedEvent>of())
                .stream().filter(e -> knownAt == null || !e.recordedAt().isAfter(knownAt)).toList();
        if (all.stream().noneMatch(e -> "CollaborationRegistered".equals(e.eventType()))) {
            throw ReadRefused.notFound("collaboration programme '" + collaborationId + "'");
        }
        Summaries summaries = new Summaries(all, clearance);
        Map<String, List<RecordedEvent>> corrections = new LinkedHashMap<>();
        List<RecordedEvent> facts = AsOf.known(all, null, corrections);
        Map<String, RecordedEvent> recorded = new HashMap<>();
        all.forEach(e -> recorded.put(e.eventId(), e));

        List<RecordedEvent> placed = new ArrayList<>(facts);
        all.stream().filter(e -> AsOf.CORRECTION.equals(e.eventType())).forEach(placed::add);
        List<RecordedEvent> selected = placed.stream()
                .filter(e -> from == null || !e.effectiveOn().isBefore(from))
                .filter(e -> to == null || !e.effectiveOn().isAfter(to))
                .filter(e -> types.isEmpty() || types.contains(e.eventType()))
                .sorted(AsOf.WORLD_ORDER)
                .toList();
        List<LineView> lines = selected.stream().skip((long) page * size).limit(size)
                .map(e -> line(e, recorded, corrections, summaries)).toList();
        return new TimelineView(collaborationId, page, size, selected.size(), lines);
    }

    private static LineView line(RecordedEvent e, Map<String, RecordedEvent> recorded,
                                 Map<String, List<RecordedEvent>> corrections, Summaries summaries) {
        if (AsOf.CORRECTION.equals(e.eventType())) {
            RecordedEvent target = recorded.get(e.text("eventId"));
            List<ChangeView> changes = target == null ? List.of()
                    : Corrections.changes(target, corrections.getOrDefault(target.eventId(), List.of()), summaries)
                    .stream().filter(c -> c.correctionEventId().equals(e.eventId())).toList();
            CorrectionDetailView correction = new CorrectionDetailView(e.text("correctionId"), e.text("eventId"),
                    e.text("eventType"), e.text("whatWasWrong"), summaries.visibleFacts(e), changes);
            return new LineView(e.effectiveOn(), e.recordedAt(), e.recordedBy(), e.source(), e.eventType(), e.eventId(),
                    e.recordId(), summaries.summary(e), false, List.of(), null, correction, List.of(), null);
        }
        RecordedEvent original = recorded.getOrDefault(e.eventId(), e);
        List<RecordedEvent> fixes = corrections.getOrDefault(e.eventId(), List.of());
        boolean moved = !original.effectiveOn().equals(e.effectiveOn()) && !fixes.isEmpty();
        return new LineView(e.effectiveOn(), e.recordedAt(), e.recordedBy(), e.source(), e.eventType(), e.eventId(),
                e.recordId(), summaries.summary(original), !fixes.isEmpty(), fixes.stream().map(RecordedEvent::eventId).toList(),
                fixes.isEmpty() ? null : summaries.summary(e), null, Corrections.changes(original, fixes, summaries),
                moved ? original.effectiveOn() : null);
    }
}
