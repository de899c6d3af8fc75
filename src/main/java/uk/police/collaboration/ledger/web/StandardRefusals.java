package uk.police.collaboration.ledger.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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

import java.util.List;

import static uk.police.collaboration.ledger.web.ProblemResponses.problem;

/**
 * Spring MVC's own refusals (unreadable body, unsupported media type, wrong method, bad parameter,
 * no such address) in the ledger's problem+json shape, with a code and a fixed sentence that does
 * not repeat the input. Ordered first: Spring Boot's ProblemDetailsExceptionHandler
 * (spring.mvc.problemdetails) would otherwise answer these in its own words, without a code. Only
 * these exceptions: every other one still reaches the other advice as before.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StandardRefusals {

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
}
