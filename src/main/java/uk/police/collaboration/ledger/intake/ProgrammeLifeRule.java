package uk.police.collaboration.ledger.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * A fact of a programme, of any of its records (parties, agreements, decisions, funding, risks,
 * milestones…), happens within the programme's life, judged on the world's dates: not before the
 * programme's registration, and not after its closure. A late-recorded fact dated on or before the
 * closure is accepted. Earlier history of a programme is recorded by registering it as of its
 * earliest known fact or, once registered, by correcting the registration's date.
 */
public final class ProgrammeLifeRule {

    public static final String BEFORE_PROGRAMME_REGISTERED = "BEFORE_PROGRAMME_REGISTERED";
    public static final String COLLABORATION_CLOSED = "COLLABORATION_CLOSED";

    private ProgrammeLifeRule() {
    }

    /** @param field the field that carries the date, for the refusal */
    public static void check(LocalDate factDate, ProgrammeLife life, String field) {
        if (factDate.isBefore(life.registeredOn())) {
            throw new CommandRefused(422, BEFORE_PROGRAMME_REGISTERED,
                    "Collaboration '" + life.collaborationId() + "' was registered on " + life.registeredOn()
                            + "; a fact dated " + factDate + " is before it. Record a programme's earlier history by "
                            + "correcting the registration's date (CorrectRecord with correctedEffectiveOn), or register it "
                            + "as of its earliest known fact",
                    List.of(field));
        }
        if (life.closedOn() != null && factDate.isAfter(life.closedOn())) {
            throw new CommandRefused(422, COLLABORATION_CLOSED,
                    "Collaboration '" + life.collaborationId() + "' was closed on " + life.closedOn()
                            + "; nothing dated after its closure can be recorded on it (a fact dated " + factDate
                            + "); facts dated on or before the closure are still accepted",
                    List.of(field));
        }
    }
}
