package uk.police.collaboration.ledger.readside;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** Read refusals as application/problem+json, in the same shape as the command refusals. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReadProblems {

    @ExceptionHandler(ReadRefused.class)
    ResponseEntity<ProblemDetail> refused(ReadRefused refused) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(refused.status()), refused.getMessage());
        body.setType(URI.create("urn:ledger:problem:" + refused.code().toLowerCase().replace('_', '-')));
        HttpStatus known = HttpStatus.resolve(refused.status());
        body.setTitle(known != null ? known.getReasonPhrase() : "Refused");
        body.setProperty("code", refused.code());
        body.setProperty("fields", refused.fields());
        return ResponseEntity.status(refused.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
