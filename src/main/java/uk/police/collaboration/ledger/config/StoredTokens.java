package uk.police.collaboration.ledger.config;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The processors' tokens as the token store holds them, read without claiming them. Axon's
 * {@code TokenStore.fetchToken} claims the segment for this node: on a deployment of several
 * nodes it throws for a segment another node owns (so a second node's health and completeness
 * guard failed on every read), and on a survivor it would take a dead node's stale claim from a
 * thread that does not process. Readers that only want positions (health, lag, the completeness
 * guard) read here instead. Tokens are serialized by the primary serializer, as the token store does.
 */
@Component
public class StoredTokens {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    StoredTokens(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Each segment's token, in segment order; null for a segment with no position yet. */
    public List<TrackingToken> of(String processor) {
        return jdbc.query("SELECT token, tokentype FROM tokenentry WHERE processorname = ? ORDER BY segment",
                (row, n) -> {
                    byte[] token = row.getBytes("token");
                    String type = row.getString("tokentype");
                    return token == null || type == null ? null
                            : serializer.<byte[], TrackingToken>deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
                }, processor);
    }
}
