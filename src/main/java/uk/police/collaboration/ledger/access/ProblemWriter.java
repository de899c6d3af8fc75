package uk.police.collaboration.ledger.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refusals made before a controller is reached (not signed in, not allowed, body too large) in the
 * same application/problem+json shape as the API's own: type, title, status, detail, code, fields.
 * The detail is a fixed sentence; nothing from the request is echoed.
 */
final class ProblemWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemWriter() {
    }

    static void write(HttpServletResponse response, int status, String code, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:ledger:problem:" + code.toLowerCase().replace('_', '-'));
        HttpStatus known = HttpStatus.resolve(status);
        body.put("title", known != null ? known.getReasonPhrase() : "Refused");
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", code);
        body.put("fields", List.of());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
