package uk.police.collaboration.ledger.intake;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.collaboration.ledger.shared.EnvelopeKeys;

import java.sql.Array;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one door every command comes through, from the API, a journal or the command line.
 * In one short transaction it claims the command id in the command log, dispatches the command
 * and records its outcome; a refusal rolls back both, so nothing is half-written. A command id seen
 * before with the same content answers as the first time; with different content it is refused.
 */
@Service
public class CommandIntake {

    private final CommandCatalogue catalogue;
    private final PayloadReader reader;
    private final RecordDirectory directory;
    private final CommandGateway commandGateway;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    CommandIntake(CommandCatalogue catalogue, PayloadReader reader, RecordDirectory directory,
                  CommandGateway commandGateway, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                  @Value("${ledger.commands.transaction-timeout-seconds}") int timeoutSeconds) {
        this.catalogue = catalogue;
        this.reader = reader;
        this.directory = directory;
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
        EffectiveDate.parse(envelope.effectiveOn());
        Object command = reader.read(envelope.payload(), type);
        InputRules.check(envelope, command);
        String fingerprint = CommandFingerprint.of(envelope);
        return transaction.execute(status -> {
            int claimed = jdbc.update("INSERT INTO command_log (command_id, command_name, fingerprint, recorded_by) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (command_id) DO NOTHING",
                    envelope.commandId(), envelope.command(), fingerprint, recordedBy);
            if (claimed == 0) {
                return answerAgain(envelope);
            }
            directory.checkReferences(command);
            CommandOutcome outcome = commandGateway.sendAndWait(
                    GenericCommandMessage.asCommandMessage(command).withMetaData(metaData(envelope, recordedBy)));
            String recordId = outcome.recordId() != null ? outcome.recordId() : CommandCatalogue.targetOf(command);
            jdbc.update(connection -> {
                var statement = connection.prepareStatement(
                        "UPDATE command_log SET aggregate_id = ?, event_ids = ? WHERE command_id = ?");
                statement.setString(1, recordId);
                statement.setArray(2, connection.createArrayOf("text", outcome.eventIds().toArray()));
                statement.setString(3, envelope.commandId());
                return statement;
            });
            return new Accepted(envelope.commandId(), envelope.command(), recordId, outcome.eventIds(), false);
        });
    }

    private Accepted answerAgain(CommandEnvelope envelope) {
        return jdbc.queryForObject("SELECT command_name, fingerprint, aggregate_id, event_ids FROM command_log WHERE command_id = ?",
                (row, n) -> {
                    if (!CommandFingerprint.matches(row.getString("fingerprint"), envelope)) {
                        throw new CommandRefused(409, "COMMAND_ID_REUSED", "Command id '" + envelope.commandId()
                                + "' was already used for a different command (" + row.getString("command_name")
                                + "); a command id may be resubmitted only with identical content", List.of("commandId"));
                    }
                    Array ids = row.getArray("event_ids");
                    List<String> eventIds = Arrays.stream((Object[]) ids.getArray()).map(Object::toString).toList();
                    return new Accepted(envelope.commandId(), row.getString("command_name"), row.getString("aggregate_id"), eventIds, true);
                }, envelope.commandId());
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
