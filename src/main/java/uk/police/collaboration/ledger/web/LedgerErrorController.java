package uk.police.collaboration.ledger.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /error}, where the servlet container sends errors no controller answered (a firewall
 * rejection, a failure in a filter). For machines the answer is problem+json with a code and a
 * fixed sentence, never Spring Boot's {"status": 999, ...}; browsers keep the error page. Asked
 * for directly, with no error behind it, {@code /error} is an address with nothing at it: 404.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("${server.error.path:${error.path:/error}}")
class LedgerErrorController extends BasicErrorController {

    LedgerErrorController(ErrorAttributes errorAttributes, ServerProperties server, List<ErrorViewResolver> resolvers) {
        super(errorAttributes, server.getError(), resolvers);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        int status = statusOf(request);
        Map<String, Object> body = new LinkedHashMap<>();
        String code = ProblemErrorReportValve.codeOf(status);
        body.put("type", "urn:ledger:problem:" + code.toLowerCase().replace('_', '-'));
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
        body.put("title", known != null ? known.getReasonPhrase() : "Refused");
        body.put("status", status);
        body.put("detail", ProblemErrorReportValve.sentenceOf(status));
        body.put("code", code);
        body.put("fields", List.of());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            response.setStatus(404);
            Map<String, Object> model = new HashMap<>();
            model.put("status", 404);
            return new ModelAndView("error", model);
        }
        return super.errorHtml(request, response);
    }

    private static int statusOf(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (status instanceof Integer code && code >= 400 && code <= 599) {
            return code;
        }
        return status == null ? 404 : 500;
    }
}
