package uk.police.collaboration.ledger.integrity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Opens a leaf: its header and, per field, either the value with its salt (released) or only the
 * commitment (withheld). Withheld values and their salts never leave this class. A verifier
 * recomputes the leaf from an opening with {@link #leafData(Opening)}.
 */
@Service
public class LeafOpenings {

    private static final TypeReference<Map<String, String>> SALTS = new TypeReference<>() {
    };
    private final LogStore log;
    private final SealStore events;

    LeafOpenings(LogStore log, SealStore events) {
        this.log = log;
        this.events = events;
    }

    /** Opens the fields {@code release} accepts (by field name); the others stay bare commitments. */
    Optional<Opening> open(String eventId, Predicate<String> release) {
        return open(eventId, (name, value) -> release.test(name));
    }

    /** Opens the fields {@code release} accepts, given the field's name and compact JSON value. */
    Optional<Opening> open(String eventId, BiPredicate<String, String> release) {
        return log.leafOfEvent(eventId).flatMap(leaf -> events.event(eventId).map(event -> open(leaf, event, release)));
    }

    Opening open(LogStore.Leaf leaf, StoredEvent event, BiPredicate<String, String> release) {
        Map<String, String> commitments = LeafData.commitments(leaf.data());
        Map<String, String> values = LeafData.fields(event);
        Map<String, String> salts = salts(log.saltsJson(leaf.leafIndex()));
        List<Field> fields = new ArrayList<>();
        commitments.forEach((name, commitment) -> {
            String value = values.get(name);
            String salt = salts.get(name);
            boolean opened = value != null && salt != null && release.test(name, value)
                    && LeafData.commitment(name, salt, value).equals(commitment);
            fields.add(opened ? new Field(name, value, salt, null) : new Field(name, null, null, commitment));
        });
        return new Opening(leaf.leafIndex(), LeafData.header(leaf.data()), fields);
    }

    private static Map<String, String> salts(String json) {
        try {
            return LeafData.JSON.readValue(json, SALTS);
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** The leaf bytes an opening stands for: released fields recommitted, withheld ones as given. */
    public static byte[] leafData(Opening opening) {
        Map<String, String> commitments = new java.util.TreeMap<>();
        for (Field field : opening.fields()) {
            commitments.put(field.name(), field.commitment() != null ? field.commitment()
                    : LeafData.commitment(field.name(), field.salt(), field.value()));
        }
        return LeafData.text(opening.header(), commitments);
    }

    public record Opening(long leafIndex, LeafData.Header header, List<Field> fields) {
    }

    /**
     * A released field has {@code value} (its compact JSON text, exactly as committed) and {@code salt};
     * a withheld one only {@code commitment}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(String name, String value, String salt, String commitment) {
    }
}
