package uk.police.collaboration.ledger.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.police.collaboration.ledger.intake.CommandRefused;
import uk.police.collaboration.ledger.intake.RefusalTranslator;

import java.net.URI;
import java.util.List;

/**
 * Every refusal as application/problem+json (RFC 9457): a stable code, the rule in words and the
 * offending fields. Never a stack trace: an unexpected failure is logged here and answered with a
 * generic 500 that says nothing was written.
 */
@RestControllerAdvice
class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    static ResponseEntity<ProblemDetail> problem(int status, String code, String rule, List<String> fields) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), rule);
        body.setType(URI.create("urn:ledger:problem:" + code.toLowerCase().replace('_', '-')));
        HttpStatus known = HttpStatus.resolve(status);
        body.setTitle(known != null ? known.getReasonPhrase() : "Refused");
        body.setProperty("code", code);
        body.setProperty("fields", fields);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        if (status == 503) {
            // The database is away or the ledger busy: say when to try again (RFC 9110 §10.2.3).
            response.header("Retry-After", Integer.toString(uk.police.collaboration.ledger.intake.StoreUnavailable.RETRY_AFTER_SECONDS));
        }
        return response.body(body);
    }

    @ExceptionHandler(CommandRefused.class)
    ResponseEntity<ProblemDetail> refused(CommandRefused refused) {
        return problem(refused.status(), refused.code(), refused.rule(), refused.fields());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        return RefusalTranslator.translate(e).map(this::refused).orElseGet(() -> {
            log.error("Unexpected failure answering a request", e);
            return problem(500, "INTERNAL_ERROR", "The ledger could not complete the request; nothing was written", List.of());
        });
    }
}
