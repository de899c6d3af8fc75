package uk.police.collaboration.ledger.timeline;

import org.springframework.stereotype.Service;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.ledgerlog.LedgerLog;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.AsOf;
import uk.police.collaboration.ledger.readside.ReadRefused;
import uk.police.collaboration.ledger.timeline.TimelineView.CorrectionDetailView;
import uk.police.collaboration.ledger.timeline.TimelineView.LineView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every event of a programme and its linked records, each with a sentence, as the reader may read it. */
@Service
public class TimelineQueries {

    private final LedgerLog ledgerLog;

    TimelineQueries(LedgerLog ledgerLog) {
        this.ledgerLog = ledgerLog;
    }

    public TimelineView timeline(String collaborationId, LocalDate from, LocalDate to, Set<String> types, int page, int size,
                                 Clearance clearance) {
        List<RecordedEvent> all = clearance.seesProgrammes() ? ledgerLog.ofProgramme(collaborationId) : List.of();
        if (all.stream().noneMatch(e -> "CollaborationRegistered".equals(e.eventType()))) {
            throw ReadRefused.notFound("collaboration programme '" + collaborationId + "'");
        }
        Summaries summaries = new Summaries(all, clearance);
        Map<String, List<RecordedEvent>> corrections = new LinkedHashMap<>();
        all.stream().filter(e -> AsOf.CORRECTION.equals(e.eventType()))
                .forEach(c -> corrections.computeIfAbsent(c.text("eventId"), id -> new ArrayList<>()).add(c));

        List<RecordedEvent> selected = all.stream()
                .filter(e -> from == null || !e.effectiveOn().isBefore(from))
                .filter(e -> to == null || !e.effectiveOn().isAfter(to))
                .filter(e -> types.isEmpty() || types.contains(e.eventType()))
                .sorted(AsOf.WORLD_ORDER)
                .toList();
        List<LineView> lines = selected.stream().skip((long) page * size).limit(size)
                .map(e -> line(e, corrections.getOrDefault(e.eventId(), List.of()), summaries)).toList();
        return new TimelineView(collaborationId, page, size, selected.size(), lines);
    }

    private static LineView line(RecordedEvent e, List<RecordedEvent> fixes, Summaries summaries) {
        CorrectionDetailView correction = AsOf.CORRECTION.equals(e.eventType())
                ? new CorrectionDetailView(e.text("correctionId"), e.text("eventId"), e.text("eventType"), e.text("whatWasWrong"),
                summaries.visibleFacts(e))
                : null;
        String current = fixes.isEmpty() ? null : summaries.summary(e.withPayload(AsOf.corrected(e.payload(), fixes)));
        return new LineView(e.effectiveOn(), e.recordedAt(), e.recordedBy(), e.source(), e.eventType(), e.eventId(),
                e.recordId(), summaries.summary(e), !fixes.isEmpty(), fixes.stream().map(RecordedEvent::eventId).toList(),
                current, correction);
    }
}
