package uk.police.collaboration.ledger.intake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.shared.LedgerJson;

import static org.assertj.core.api.Assertions.assertThat;

/** A resubmission is the same command when it means the same: absent and null alike, order irrelevant. */
class CommandFingerprintTest {

    @Test
    void leavingNullPropertiesOutGivesTheSameFingerprint() {
        assertThat(CommandFingerprint.of(envelope("{\"a\":\"x\",\"lead\":null,\"parties\":[{\"id\":\"p\",\"note\":null}]}",
                "{\"reference\":\"TEST/1\",\"url\":null}", null)))
                .isEqualTo(CommandFingerprint.of(envelope("{\"parties\":[{\"id\":\"p\"}],\"a\":\"x\"}", "{\"reference\":\"TEST/1\"}", null)));
    }

    @Test
    void aDifferentValueOrAnAddedAuthorGivesAnother() {
        String original = CommandFingerprint.of(envelope("{\"a\":\"x\"}", "{\"reference\":\"TEST/1\"}", null));
        assertThat(CommandFingerprint.of(envelope("{\"a\":\"y\"}", "{\"reference\":\"TEST/1\"}", null))).isNotEqualTo(original);
        assertThat(CommandFingerprint.of(envelope("{\"a\":\"x\"}", "{\"reference\":\"TEST/1\"}", "Jane Swinburne"))).isNotEqualTo(original);
        assertThat(CommandFingerprint.of(envelope("{\"a\":\"x\",\"b\":\"\"}", "{\"reference\":\"TEST/1\"}", null))).isNotEqualTo(original);
    }

    @Test
    void aCommandLogRowOfTheEarlierFormStillMatchesItsCommand() {
        CommandEnvelope envelope = envelope("{\"a\":\"x\",\"lead\":null}", "{\"reference\":\"TEST/1\"}", null);
        String earlier = CommandFingerprint.legacy(envelope);

        assertThat(earlier).isNotEqualTo(CommandFingerprint.of(envelope));
        assertThat(CommandFingerprint.matches(earlier, envelope)).isTrue();
        assertThat(CommandFingerprint.matches(earlier, envelope("{\"a\":\"y\"}", "{\"reference\":\"TEST/1\"}", null))).isFalse();
    }

    private static CommandEnvelope envelope(String payload, String source, String recordedBy) {
        try {
            return new CommandEnvelope("RegisterCollaboration", "c-1", "2018-03-01",
                    LedgerJson.mapper().readValue(source, CommandEnvelope.SourceReference.class),
                    (ObjectNode) LedgerJson.mapper().readTree(payload), recordedBy);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
