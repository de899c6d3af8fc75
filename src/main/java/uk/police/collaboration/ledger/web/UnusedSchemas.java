package uk.police.collaboration.ledger.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops component schemas that no operation reaches (springdoc also lists the types of the generic
 * command endpoint, which the document replaces with one operation per command), so a client
 * generator does not emit classes nothing uses.
 */
final class UnusedSchemas {

    private static final Pattern REF = Pattern.compile("#/components/schemas/([^\"]+)\"");

    private UnusedSchemas() {
    }

    static void remove(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(refs(openApi.getPaths()));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (reached.add(name) && schemas.containsKey(name)) {
                pending.addAll(refs(schemas.get(name)));
            }
        }
        schemas.keySet().retainAll(reached);
    }

    private static Set<String> refs(Object part) {
        Set<String> names = new HashSet<>();
        try {
            Matcher matcher = REF.matcher(Json.mapper().writeValueAsString(part));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("OpenAPI document could not be written", e);
        }
        return names;
    }
}
