package uk.police.collaboration.ledger.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.serialization.Revision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Locks the stored JSON shape of an event: the stored format is a contract that twenty years of
 * readers depend on. The approved shape lives in src/test/resources/approved/events/{Event}.json.
 * When it is missing or differs, the received shape is written beside it as {Event}.received.json
 * and the test fails; a person reviews it and renames it to approve a deliberate change (which
 * also needs a new @Revision and an upcaster).
 */
public final class EventApprovals {

    private static final Path APPROVED = Path.of("src/test/resources/approved/events");
    private static final ObjectMapper PRETTY = LedgerJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

    private EventApprovals() {
    }

    public static void assertStoredShapeApproved(Object event) {
        Class<?> type = event.getClass();
        assertThat(type.getAnnotation(Revision.class))
                .as("%s must carry @Revision", type.getSimpleName()).isNotNull();
        String received;
        try {
            received = PRETTY.writeValueAsString(event).replace("\r\n", "\n") + "\n";
            Object back = LedgerJson.mapper().readValue(received, type);
            assertThat(back).as("%s must read back equal to what was written", type.getSimpleName()).isEqualTo(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path approved = APPROVED.resolve(type.getSimpleName() + ".json");
        Path receivedFile = APPROVED.resolve(type.getSimpleName() + ".received.json");
        try {
            if (Files.exists(approved) && Files.readString(approved).equals(received)) {
                Files.deleteIfExists(receivedFile);
                return;
            }
            Files.createDirectories(APPROVED);
            Files.writeString(receivedFile, received);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fail("Stored shape of %s is not approved; compare %s with %s", type.getSimpleName(), receivedFile, approved);
    }
}
