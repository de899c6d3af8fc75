/**
 * What an operator watches: the readiness probe's catch-up check, the processors' lag and the
 * integrity meters. Reads only (tokens, the event store's head, plain SQL on the integrity tables);
 * nothing here writes.
 */
package uk.police.collaboration.ledger.observability;
