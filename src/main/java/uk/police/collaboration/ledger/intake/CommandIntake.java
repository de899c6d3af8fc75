package uk.police.collaboration.ledger.intake;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.collaboration.ledger.shared.EnvelopeKeys;

import java.sql.Array;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one door every command comes through, from the API, a journal or the command line.
 * In one short transaction it looks the command id up in the command log, dispatches the command
 * and records the command with its outcome in one statement; a refusal rolls back both, so nothing
 * is half-written. A command id seen before with the same content answers as the first time; with
 * different content it is refused. Commands on one record are serialised in this JVM for the
 * whole transaction ({@link RecordLocks}); a conflict with another node is retried a bounded number
 * of times ({@code ledger.commands.conflict-retries}) before it is answered 409.
 */
@Service
@EnableConfigurationProperties(CommandSettings.class)
public class CommandIntake {

    private final CommandCatalogue catalogue;
    private final PayloadReader reader;
    private final RecordDirectory directory;
    private final WorldDatesAtTheDoor worldDates;
    private final CommandGateway commandGateway;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RecordLocks locks = new RecordLocks(1024);
    private final long lockWaitMillis;
    private final int conflictRetries;

    CommandIntake(CommandCatalogue catalogue, PayloadReader reader, RecordDirectory directory,
                  WorldDatesAtTheDoor worldDates, CommandGateway commandGateway, JdbcTemplate jdbc,
                  PlatformTransactionManager transactionManager,
                  CommandSettings settings) {
        int timeoutSeconds = settings.transactionTimeoutSeconds();
        int conflictRetries = settings.conflictRetries();
        this.lockWaitMillis = timeoutSeconds * 1000L;
        this.conflictRetries = conflictRetries;
        this.catalogue = catalogue;
        this.reader = reader;
        this.directory = directory;
        this.worldDates = worldDates;
        this.commandGateway = commandGateway;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transaction.setTimeout(timeoutSeconds);
    }

    public Accepted submit(CommandEnvelope envelope, String recordedBy) {
        Class<?> type = catalogue.find(envelope.command()).orElseThrow(() -> new CommandRefused(400, "UNKNOWN_COMMAND",
                "There is no command " + (envelope.command() != null && envelope.command().matches("[A-Za-z]{1,64}")
                        ? "'" + envelope.command() + "'" : "by that name") + "; see docs/commands.md for the catalogue", List.of("command")));
        reader.validateShape(envelope, "");
        PlainTextRule.check(envelope);
        LocalDate effectiveOn = EffectiveDate.parse(envelope.effectiveOn());
        Object command = reader.read(envelope.payload(), type);
        InputRules.check(envelope, command);
        String fingerprint = CommandFingerprint.of(envelope);
        String target = CommandCatalogue.targetOf(command);
        for (int attempt = 0; ; attempt++) {
            try {
                return underRecordLock(target != null ? target : envelope.commandId(),
                        () -> once(envelope, command, effectiveOn, fingerprint, recordedBy));
            } catch (RuntimeException e) {
                // Another node appended to the same record first: the whole transaction was rolled back,
                // so trying again is the same as the client resubmitting, without troubling the client.
                if (attempt >= conflictRetries || !isConcurrentChange(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** One attempt: one transaction, one command-log statement (written with the outcome, after the events). */
    private Accepted once(CommandEnvelope envelope, Object command, LocalDate effectiveOn, String fingerprint,
                          String recordedBy) {
        Accepted accepted = InDoubtCommits.execute(transaction, envelope.commandId(), status -> {
            Optional<Accepted> earlier = answerAgain(envelope);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            directory.checkReferences(command);
            worldDates.check(command, effectiveOn);
            CommandOutcome outcome = commandGateway.sendAndWait(
                    GenericCommandMessage.asCommandMessage(command).withMetaData(metaData(envelope, recordedBy)));
            worldDates.accepted(command);
            String recordId = outcome.recordId() != null ? outcome.recordId() : CommandCatalogue.targetOf(command);
            int recorded = jdbc.update(connection -> {
                var statement = connection.prepareStatement("INSERT INTO command_log (command_id, command_name, fingerprint, "
                        + "recorded_by, aggregate_id, event_ids) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (command_id) DO NOTHING");
                statement.setString(1, envelope.commandId());
                statement.setString(2, envelope.command());
                statement.setString(3, fingerprint);
                statement.setString(4, recordedBy);
                statement.setString(5, recordId);
                statement.setArray(6, connection.createArrayOf("text", outcome.eventIds().toArray()));
                return statement;
            });
            if (recorded == 0) {
                // The same command id was recorded by a concurrent submission (it waited on that row):
                // this one's events are rolled back, and it answers as the first did.
                status.setRollbackOnly();
                return null;
            }
            return new Accepted(envelope.commandId(), envelope.command(), recordId, outcome.eventIds(), false);
        });
        if (accepted != null) {
            return accepted;
        }
        return answerAgain(envelope).orElseThrow(() -> new IllegalStateException(
                "command " + envelope.commandId() + " was recorded concurrently but cannot be read back"));
    }

    private Accepted underRecordLock(String recordId, Supplier<Accepted> work) {
        ReentrantLock lock;
        try {
            lock = locks.acquire(recordId, lockWaitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        if (lock == null) {
            throw busy();
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private static CommandRefused busy() {
        return new CommandRefused(503, "LEDGER_BUSY",
                "The ledger could not complete the command in time; nothing was written, submit again", List.of());
    }

    private static boolean isConcurrentChange(RuntimeException e) {
        return RefusalTranslator.translate(e).filter(refusal -> "CONCURRENT_CHANGE".equals(refusal.code())).isPresent();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    private Optional<Accepted> answerAgain(CommandEnvelope envelope) {
        return jdbc.query("SELECT command_name, fingerprint, aggregate_id, event_ids FROM command_log WHERE command_id = ?",
                (row, n) -> {
                    if (!CommandFingerprint.matches(row.getString("fingerprint"), envelope)) {
                        throw new CommandRefused(409, "COMMAND_ID_REUSED", "Command id '" + envelope.commandId()
                                + "' was already used for a different command (" + row.getString("command_name")
                                + "); a command id may be resubmitted only with identical content", List.of("commandId"));
                    }
                    Array ids = row.getArray("event_ids");
                    List<String> eventIds = Arrays.stream((Object[]) ids.getArray()).map(Object::toString).toList();
                    return new Accepted(envelope.commandId(), row.getString("command_name"), row.getString("aggregate_id"), eventIds, true);
                }, envelope.commandId()).stream().findFirst();
    }

    private static MetaData metaData(CommandEnvelope envelope, String recordedBy) {
        Map<String, Object> values = new HashMap<>();
        values.put(EnvelopeKeys.COMMAND_ID, envelope.commandId());
        values.put(EnvelopeKeys.COMMAND_NAME, envelope.command());
        values.put(EnvelopeKeys.EFFECTIVE_ON, envelope.effectiveOn());
        values.put(EnvelopeKeys.RECORDED_BY, recordedBy);
        putIfPresent(values, EnvelopeKeys.ORIGINAL_AUTHOR, envelope.recordedBy());
        putIfPresent(values, EnvelopeKeys.SOURCE_REFERENCE, envelope.source().reference());
        putIfPresent(values, EnvelopeKeys.SOURCE_SECTION, envelope.source().section());
        putIfPresent(values, EnvelopeKeys.SOURCE_TITLE, envelope.source().title());
        putIfPresent(values, EnvelopeKeys.SOURCE_URL, envelope.source().url());
        return MetaData.from(values);
    }

    private static void putIfPresent(Map<String, Object> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }
}
