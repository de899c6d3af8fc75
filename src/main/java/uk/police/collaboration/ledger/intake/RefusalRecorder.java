package uk.police.collaboration.ledger.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every refusal at the command door, counted by command and rule code
 * ({@code ledger.commands.refused{command,code,status}}) and logged as one line. A refusal is the
 * ledger working as designed, not a fault: no stack trace. The command tag is the catalogue's name
 * or {@code unknown}, never the caller's text, so the number of series stays bounded.
 */
@Component
class RefusalRecorder {

    private static final Logger log = LoggerFactory.getLogger(RefusalRecorder.class);

    private final MeterRegistry meters;
    private final CommandCatalogue catalogue;

    RefusalRecorder(MeterRegistry meters, CommandCatalogue catalogue) {
        this.meters = meters;
        this.catalogue = catalogue;
    }

    /** Records the refusal if {@code thrown} is one; anything else is a fault and is left to the caller. */
    void record(CommandEnvelope envelope, RuntimeException thrown) {
        RefusalTranslator.translate(thrown).ifPresent(refused -> {
            String command = envelope.command() != null && catalogue.find(envelope.command()).isPresent() ? envelope.command() : "unknown";
            Counter.builder("ledger.commands.refused")
                    .description("Commands refused at the door or by a rule, by command and rule code")
                    .tag("command", command).tag("code", refused.code()).tag("status", String.valueOf(refused.status()))
                    .register(meters).increment();
            log.info("Refused {} (command id {}): {} {} - {}", command, oneLine(envelope.commandId()), refused.status(),
                    refused.code(), oneLine(refused.rule()));
        });
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]", " ");
    }
}
