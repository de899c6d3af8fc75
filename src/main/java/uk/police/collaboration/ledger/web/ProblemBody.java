package uk.police.collaboration.ledger.web;

import org.springframework.http.HttpStatus;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem+json body (RFC 9457) written where no Spring MVC advice can answer: a servlet filter
 * before the controllers, Tomcat's own error handling. The same shape as {@link ProblemResponses}:
 * type, title, status, detail, code, fields. The detail is a fixed sentence; nothing from the
 * request is echoed.
 */
final class ProblemBody {

    static final String MEDIA_TYPE = "application/problem+json";

    private ProblemBody() {
    }

    static byte[] of(int status, String code, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:ledger:problem:" + code.toLowerCase().replace('_', '-'));
        HttpStatus known = HttpStatus.resolve(status);
        body.put("title", known != null ? known.getReasonPhrase() : "Refused");
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", code);
        body.put("fields", List.of());
        try {
            return LedgerJson.mapper().writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
