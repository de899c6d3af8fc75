package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Generated programmes for the fold's property tests: events of every type the ledger records (their
 * payloads are the approved shapes in src/test/resources/approved/events, with their ids drawn from
 * a few values so that events of one record meet), mostly in effective-date order, about one in five
 * late, some corrections of earlier facts (changing a fact, or moving it in valid time), and
 * agreements whose coming into force is dated from their signatures.
 */
final class GeneratedProgramme {

    private static final Path APPROVED = Path.of("src/test/resources/approved/events");
    private static final Map<String, JsonNode> TEMPLATES = templates();
    private static final List<String> TYPES = List.copyOf(TEMPLATES.keySet());
    private static final List<String> PARTIES = List.of("herts", "beds", "cambs");
    private static final LocalDate EARLIEST = LocalDate.parse("2016-11-01");

    private GeneratedProgramme() {
    }

    static List<RecordedEvent> generate(Random random, int size) {
        Events events = Events.registered();
        LocalDate day = LocalDate.parse("2017-01-01");
        Instant recorded = Instant.parse("2018-01-11T00:00:00Z");
        List<RecordedEvent> correctable = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            day = day.plusDays(random.nextInt(20));
            recorded = recorded.plusSeconds(3600 + random.nextInt(86_400));
            LocalDate effective = random.nextInt(5) == 0 ? day.minusDays(1 + random.nextInt(400)) : day;
            if (effective.isBefore(EARLIEST)) {
                effective = EARLIEST;
            }
            int pick = random.nextInt(10);
            if (pick == 0 && !correctable.isEmpty()) {
                events.add("RecordCorrected", effective.toString(), recorded.toString(),
                        correction(random, correctable.get(random.nextInt(correctable.size())), i));
            } else {
                String type = pick <= 2 ? agreementType(random) : TYPES.get(random.nextInt(TYPES.size()));
                events.add(type, effective.toString(), recorded.toString(), payload(type, random));
                correctable.add(events.list().get(events.list().size() - 1));
            }
        }
        return events.list();
    }

    private static String agreementType(Random random) {
        return List.of("AgreementDrafted", "AgreementSigned", "AgreementSigned", "AgreementInForce").get(random.nextInt(4));
    }

    /** The approved payload with its ids drawn from a few values of each, in this programme. */
    private static JsonNode payload(String type, Random random) {
        ObjectNode p = TEMPLATES.get(type).deepCopy();
        p.put("collaborationId", Events.PROGRAMME);
        List<String> fields = new ArrayList<>();
        p.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            if (!p.get(field).isTextual() || field.equals("collaborationId")) {
                continue;
            }
            if (field.equals("partyId") || field.equals("subjectPartyId")) {
                p.put(field, PARTIES.get(random.nextInt(PARTIES.size())));
            } else if (field.endsWith("Id") || field.equals("reference")) {
                p.put(field, field + "-" + random.nextInt(3));
            }
        }
        if (type.equals("AgreementDrafted")) {
            ObjectNode[] parties = {LedgerJson.mapper().createObjectNode(), LedgerJson.mapper().createObjectNode()};
            parties[0].put("partyId", "herts").put("name", "Hertfordshire").put("signatureRequired", true);
            parties[1].put("partyId", "beds").put("name", "Bedfordshire").put("signatureRequired", random.nextBoolean());
            p.putArray("parties").add(parties[0]).add(parties[1]);
        }
        return p;
    }

    /** A correction of {@code target}: one of its stated facts, and sometimes its effective date. */
    private static JsonNode correction(Random random, RecordedEvent target, int i) {
        ObjectNode c = LedgerJson.mapper().createObjectNode();
        c.put("correctionId", "c" + i).put("collaborationId", Events.PROGRAMME).put("recordId", "record")
                .put("eventId", target.eventId()).put("eventType", target.eventType()).put("whatWasWrong", "fact " + i);
        ObjectNode facts = c.putObject("correctedFacts");
        List<String> plain = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> f = target.payload().fields(); f.hasNext(); ) {
            Map.Entry<String, JsonNode> field = f.next();
            if (field.getValue().isTextual() && !field.getKey().endsWith("Id") && !field.getKey().equals("reference")
                    && !looksParsed(field.getValue().asText())) {
                plain.add(field.getKey());
            }
        }
        if (!plain.isEmpty()) {
            facts.put(plain.get(random.nextInt(plain.size())), "Corrected " + i);
        }
        if (plain.isEmpty() || random.nextInt(3) == 0) {
            LocalDate moved = target.effectiveOn().plusDays(random.nextInt(401) - 200);
            c.put("correctedEffectiveOn", (moved.isBefore(EARLIEST) ? EARLIEST : moved).toString());
        }
        return c;
    }

    private static boolean looksParsed(String text) {
        return text.matches("\\d{4}-\\d{2}-\\d{2}.*") || text.matches("\\d{4}/\\d{2}") || text.matches("-?[0-9.]+");
    }

    private static Map<String, JsonNode> templates() {
        Map<String, JsonNode> found = new TreeMap<>();
        try (var files = Files.list(APPROVED)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String type = file.getFileName().toString().replace(".json", "");
                if (!type.equals("RecordCorrected") && !type.equals("CollaborationRegistered")) {
                    found.put(type, LedgerJson.mapper().readTree(file.toFile()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
