package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.programme.ProgrammeView.ShareView;
import uk.police.collaboration.ledger.shared.Money;
import uk.police.collaboration.ledger.shared.Percent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reading stored JSON payloads for {@link ProgrammeFold}: absent and null fields read as null. */
final class FoldJson {

    private FoldJson() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : LocalDate.parse(text);
    }

    static Money money(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : Money.of(text);
    }

    static List<String> strings(JsonNode node, String field) {
        List<String> result = new ArrayList<>();
        node.path(field).forEach(v -> result.add(v.asText()));
        return List.copyOf(result);
    }

    static List<ShareView> shares(JsonNode p) {
        List<ShareView> result = new ArrayList<>();
        p.path("shares").forEach(s -> result.add(new ShareView(text(s, "partyId"), Percent.of(text(s, "share")))));
        return List.copyOf(result);
    }
}
