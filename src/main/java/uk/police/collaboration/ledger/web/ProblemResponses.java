package uk.police.collaboration.ledger.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
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
// Before Spring Boot's own ProblemDetailsExceptionHandler (spring.mvc.problemdetails), which would
// otherwise answer unreadable bodies and unsupported media types in its own words, without a code.
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    static ResponseEntity<ProblemDetail> problem(int status, String code, String rule, List<String> fields) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), rule);
        body.setType(URI.create("urn:ledger:problem:" + code.toLowerCase().replace('_', '-')));
        HttpStatus known = HttpStatus.resolve(status);
        body.setTitle(known != null ? known.getReasonPhrase() : "Refused");
        body.setProperty("code", code);
        body.setProperty("fields", fields);
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @ExceptionHandler(CommandRefused.class)
    ResponseEntity<ProblemDetail> refused(CommandRefused refused) {
        return problem(refused.status(), refused.code(), refused.rule(), refused.fields());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(400, "MALFORMED_REQUEST",
                "The request body is not valid JSON of the expected shape (unknown or duplicate properties, wrong types and over-deep nesting are refused)",
                List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(415, "UNSUPPORTED_MEDIA_TYPE", "This endpoint accepts " + e.getSupportedMediaTypes(), List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(405, "METHOD_NOT_ALLOWED", "This endpoint does not accept " + e.getMethod(), List.of());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> parameter(Exception e) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return problem(400, "INVALID_PARAMETER", "Query parameter '" + name + "' is missing or not valid", List.of(name));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return problem(413, "PAYLOAD_TOO_LARGE", "The request body is larger than the ledger accepts", List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return problem(404, "NOT_FOUND", "There is nothing at this address", List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (e instanceof org.springframework.web.ErrorResponse standard && standard.getStatusCode().value() < 500) {
            // Spring MVC's other refusals (406, 400 for a missing path variable, ...): their status, our words.
            HttpStatus status = HttpStatus.resolve(standard.getStatusCode().value());
            String name = status != null ? status.name() : "REFUSED";
            return problem(standard.getStatusCode().value(), name,
                    "The request was refused: " + (status != null ? status.getReasonPhrase() : "refused"), List.of());
        }
        return RefusalTranslator.translate(e).map(this::refused).orElseGet(() -> {
            log.error("Unexpected failure answering a request", e);
            return problem(500, "INTERNAL_ERROR", "The ledger could not complete the request; nothing was written", List.of());
        });
    }
}
