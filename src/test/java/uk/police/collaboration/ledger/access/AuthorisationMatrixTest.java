package uk.police.collaboration.ledger.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint the running ledger serves, for every caller, against src/test/resources/access-policy.yml.
 * A caller let through must not get 401/403 (a 400, 404 or 415 still means the door opened); a caller
 * kept out gets 401 when anonymous and 403 when signed in.
 */
@LedgerIntegrationTest
class AuthorisationMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    PathMappedEndpoints actuatorEndpoints;

    @Autowired
    WebInvocationPrivilegeEvaluator security;

    @Test
    void everyEndpointAnswersEveryCallerAsThePolicySays() throws IOException {
        Map<String, Object> file = policyFile();
        Map<String, Set<String>> policy = policy(file);
        @SuppressWarnings("unchecked")
        Set<String> notCalled = ((List<String>) file.getOrDefault("not-called-when-allowed", List.of())).stream()
                .map(AuthorisationMatrixTest::normalise).collect(Collectors.toSet());
        Map<String, String> endpoints = discoveredEndpoints();
        assertThat(endpoints).as("endpoints discovered").containsKey("POST /api/commands/{}").containsKey("POST /api/journal");

        List<String> failures = new ArrayList<>();
        endpoints.forEach((endpoint, consumes) -> {
            Set<String> allowed = policy.get(endpoint);
            if (allowed == null) {
                failures.add(endpoint + " is not in access-policy.yml: add it to the policy");
                return;
            }
            for (Callers caller : Callers.values()) {
                boolean mayPass = allowed.contains(caller.userName());
                if (mayPass && notCalled.contains(endpoint)) {
                    if (!wouldLetIn(caller, endpoint)) {
                        failures.add(endpoint + " would refuse " + caller.userName() + " but the policy lets them in");
                    }
                    continue;
                }
                int status = call(caller, endpoint, consumes);
                if (mayPass && (status == 401 || status == 403)) {
                    failures.add(endpoint + " refused " + caller.userName() + " (" + status + ") but the policy lets them in");
                } else if (!mayPass && status != (caller == Callers.ANONYMOUS ? 401 : 403)) {
                    failures.add(endpoint + " answered " + caller.userName() + " with " + status + " but the policy keeps them out");
                }
            }
        });
        assertThat(failures).as("authorisation matrix").isEmpty();
    }

    /** "METHOD /pattern" (path variables as {}) -> the media type the endpoint consumes, if it says. */
    private Map<String, String> discoveredEndpoints() {
        Map<String, String> endpoints = new TreeMap<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            // An endpoint that names no method answers any; it is probed (and listed) as GET.
            Set<RequestMethod> probed = methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
            String consumes = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .findFirst().map(MediaType::toString).orElse(MediaType.APPLICATION_JSON_VALUE);
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : probed) {
                    endpoints.put(method.name() + " " + normalise(pattern), consumes);
                }
            }
        }
        endpoints.put("GET " + actuatorEndpoints.getBasePath(), MediaType.APPLICATION_JSON_VALUE);
        for (String path : actuatorEndpoints.getAllPaths()) {
            endpoints.put("GET " + path, MediaType.APPLICATION_JSON_VALUE);
        }
        return endpoints;
    }

    private int call(Callers caller, String endpoint, String consumes) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{}", "matrix-probe");
        LedgerClient client = caller.client(port);
        return switch (method) {
            case "GET" -> client.get(path).status();
            // Bodies that can never record anything: an empty envelope is refused, an empty journal holds no lines.
            case "POST" -> client.post(path, consumes, consumes.contains("json") && !consumes.contains("ndjson") ? "{}" : "").status();
            default -> throw new IllegalStateException("The matrix does not yet probe " + method + " (" + endpoint + ")");
        };
    }

    /** Spring Security's answer for this caller, without calling the endpoint. */
    private boolean wouldLetIn(Callers caller, String endpoint) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{}", "matrix-probe");
        Authentication who = caller == Callers.ANONYMOUS
                ? new AnonymousAuthenticationToken("matrix", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))
                : UsernamePasswordAuthenticationToken.authenticated(caller.userName(), null,
                        AuthorityUtils.createAuthorityList(Role.named(caller.userName()).orElseThrow().authority()));
        return security.isAllowed("", path, method, who);
    }

    private static Map<String, Object> policyFile() throws IOException {
        try (InputStream in = AuthorisationMatrixTest.class.getResourceAsStream("/access-policy.yml")) {
            return new Yaml().load(in);
        }
    }

    private static Map<String, Set<String>> policy(Map<String, Object> file) {
        @SuppressWarnings("unchecked")
        Map<String, List<String>> endpoints = (Map<String, List<String>>) file.get("endpoints");
        return endpoints.entrySet().stream().collect(Collectors.toMap(
                entry -> normalise(entry.getKey()),
                entry -> entry.getValue().stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new))));
    }

    private static String normalise(String endpoint) {
        return endpoint.replaceAll("\\{[^}]*}", "{}");
    }
}
