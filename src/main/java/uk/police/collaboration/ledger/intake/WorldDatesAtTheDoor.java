package uk.police.collaboration.ledger.intake;

import org.springframework.stereotype.Component;
import uk.police.collaboration.ledger.collaboration.api.RegisterCollaboration;
import uk.police.collaboration.ledger.correction.api.CorrectRecord;
import uk.police.collaboration.ledger.decision.api.RecordDecision;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules the door judges on the world's dates, because the aggregate of a record cannot see its
 * programme: every fact of a programme lies within the programme's life ({@link ProgrammeLifeRule});
 * a decision reference names one decision in the whole ledger. The programme of a command is its
 * {@code collaborationId}, or that of the record it acts on (the record's first event names it).
 */
@Component
class WorldDatesAtTheDoor {

    static final String DUPLICATE_DECISION_REFERENCE = "DUPLICATE_DECISION_REFERENCE";

    private final RecordDirectory directory;

    WorldDatesAtTheDoor(RecordDirectory directory) {
        this.directory = directory;
    }

    /** Before dispatch: refuses a fact outside its programme's life, and a decision reference already taken. */
    void check(Object command, LocalDate effectiveOn) {
        if (command instanceof RegisterCollaboration) {
            return;
        }
        if (command instanceof RecordDecision decision) {
            refuseTakenReference(decision.reference());
        }
        if (command instanceof CorrectRecord correction) {
            // A correction's own date is when the mistake was put right; the date it gives the fact must
            // lie within the programme's life.
            if (correction.correctedEffectiveOn() != null) {
                LocalDate corrected = EffectiveDate.parse(correction.correctedEffectiveOn(), "payload.correctedEffectiveOn");
                programmeOf(correction.recordId()).flatMap(directory::lifeOf).ifPresent(life ->
                        checkCorrectedDate(correction, corrected, life));
            }
            return;
        }
        programmeOf(command).flatMap(directory::lifeOf)
                .ifPresent(life -> ProgrammeLifeRule.check(effectiveOn, life, "effectiveOn"));
    }

    /** After dispatch, in the same transaction: what the door must remember of an accepted command. */
    void accepted(Object command) {
        if (command instanceof CorrectRecord correction) {
            directory.noteCorrection(correction.correctionId(), correction.recordId());
        }
    }

    /**
     * The corrected date of a fact lies within the programme's life; the registration itself may move
     * to any date up to its closure, and the closure to any date from the registration on.
     */
    private void checkCorrectedDate(CorrectRecord correction, LocalDate corrected, ProgrammeLife life) {
        String type = correction.recordId().equals(life.collaborationId())
                ? directory.typeOfEvent(life.collaborationId(), correction.eventId(), correction.commandId()).orElse("")
                : "";
        ProgrammeLife judged = switch (type) {
            case "CollaborationRegistered" -> new ProgrammeLife(life.collaborationId(), life.title(), LocalDate.MIN,
                    life.closedOn());
            case "CollaborationClosed" -> new ProgrammeLife(life.collaborationId(), life.title(), life.registeredOn(), null);
            default -> life;
        };
        ProgrammeLifeRule.check(corrected, judged, "payload.correctedEffectiveOn");
    }

    private void refuseTakenReference(String reference) {
        directory.firstOf(reference).ifPresent(first -> {
            String programme = first.collaborationId();
            String title = programme == null ? null : directory.lifeOf(programme).map(ProgrammeLife::title).orElse(null);
            throw new CommandRefused(409, DUPLICATE_DECISION_REFERENCE,
                    "Decision reference '" + reference + "' is already recorded, in programme '" + programme + "'"
                            + (title == null ? "" : " (" + title + ")")
                            + "; a reference names one decision in the whole ledger, so it cannot be recorded again "
                            + "(to put a recorded decision right, correct it with CorrectRecord)",
                    List.of("payload.reference"));
        });
    }

    private Optional<String> programmeOf(Object command) {
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            if (component.getName().equals("collaborationId")) {
                return Optional.ofNullable((String) RecordDirectory.read(component, command));
            }
        }
        String target = CommandCatalogue.targetOf(command);
        return target == null ? Optional.empty() : programmeOf(target);
    }

    private Optional<String> programmeOf(String recordId) {
        return directory.firstOf(recordId).map(first -> "CollaborationRegistered".equals(first.kind())
                ? recordId : first.collaborationId());
    }
}
