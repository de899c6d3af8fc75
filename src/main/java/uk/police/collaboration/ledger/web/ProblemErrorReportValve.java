package uk.police.collaboration.ledger.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's last word on an error no servlet answered: a malformed address ({@code %2F}, {@code %00},
 * {@code /../}), a header it will not read, a request it rejects before Spring sees it. Tomcat's own
 * valve writes an HTML page without the ledger's security headers; this one writes the ledger's
 * problem+json with a code, a fixed sentence and the same headers as every other answer.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.resetBuffer();
            SecurityHeaders.addTo(response, request.isSecure());
            response.setContentType(ProblemBody.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(new String(ProblemBody.of(status, codeOf(status), sentenceOf(status)), StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response already started: nothing more can be said.
        }
    }

    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "NOT_AUTHENTICATED";
            case 403 -> "NOT_ALLOWED";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 408 -> "REQUEST_TIMEOUT";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 414 -> "URI_TOO_LONG";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 431 -> "HEADERS_TOO_LARGE";
            case 503 -> "UNAVAILABLE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "REFUSED";
        };
    }

    static String sentenceOf(int status) {
        return switch (status) {
            case 400 -> "The request is malformed (its address, headers or body cannot be read); encoded slashes, "
                    + "encoded nulls and dot segments are not accepted in an address";
            case 404 -> "There is nothing at this address";
            case 413, 431, 414 -> "The request is larger than the ledger accepts";
            default -> status >= 500 ? "The ledger could not complete the request; nothing was written"
                    : "The ledger refused the request";
        };
    }
}
