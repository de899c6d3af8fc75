package uk.police.collaboration.ledger.collaboration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A body taking part in a collaboration: a force, a PCC (a corporation sole), a chief constable
 * (also a corporation sole), a fire and rescue service, a national body.
 */
public record Party(
        @NotBlank @Size(max = 100) String partyId,
        @NotBlank @Size(max = 200) String name,
        @NotNull PartyKind kind,
        boolean corporationSole) {
}
