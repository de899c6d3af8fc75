package uk.police.collaboration.ledger.shared;

/**
 * Provenance of a fact: the paper it comes from. Part of every command's envelope and kept on
 * every event (as metadata) so that each timeline line can cite its paper.
 */
public record Source(String reference, String section, String title, String url) {
}
