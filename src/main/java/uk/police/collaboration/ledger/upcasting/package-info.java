/**
 * Upcasters: how events stored under an earlier {@code @Revision} are read as today's event. Each
 * is a Spring bean, registered by Axon with the event store's upcaster chain and ordered by
 * {@link uk.police.collaboration.ledger.upcasting.UpcasterOrder}; each has a fixture of the old
 * stored JSON under src/test/resources/upcasting/ and a test through the real serializer. The
 * procedure for changing an event is docs/schema-evolution.md.
 */
package uk.police.collaboration.ledger.upcasting;
