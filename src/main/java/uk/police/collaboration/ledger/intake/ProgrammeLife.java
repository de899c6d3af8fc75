package uk.police.collaboration.ledger.intake;

import java.time.LocalDate;

/**
 * A programme's life in the world: the effective date of its registration and, once closed, of its
 * closure, each as corrected when a correction moved it.
 *
 * @param closedOn null while the programme is open
 */
public record ProgrammeLife(String collaborationId, String title, LocalDate registeredOn, LocalDate closedOn) {
}
