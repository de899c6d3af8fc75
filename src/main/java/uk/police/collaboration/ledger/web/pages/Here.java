package uk.police.collaboration.ledger.web.pages;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The address of the page being shown, with its query: so that paging, sorting, "clear" and the CSV
 * download keep every other filter the reader chose. Used in templates as ${here.with('page', 2)}.
 */
public record Here(String path, Map<String, String> params) {

    static Here of(HttpServletRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0 && !values[0].isBlank() && !name.startsWith("_")) {
                params.put(name, values[0]);
            }
        });
        return new Here(request.getRequestURI(), params);
    }

    public String with(String name, Object value) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        if (!"page".equals(name)) {
            changed.remove("page"); // a new filter or sort starts again at the first page
        }
        if (value == null || value.toString().isBlank()) {
            changed.remove(name);
        } else {
            changed.put(name, value.toString());
        }
        return build(changed);
    }

    public String without(String... names) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.remove("page");
        for (String name : names) {
            changed.remove(name);
        }
        return build(changed);
    }

    public String csv() {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.remove("page");
        changed.put("format", "csv");
        return build(changed);
    }

    public String get(String name) {
        return params.get(name);
    }

    public boolean has(String name) {
        return params.containsKey(name);
    }

    private String build(Map<String, String> query) {
        StringBuilder uri = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> p : query.entrySet()) {
            uri.append(sep).append(enc(p.getKey())).append('=').append(enc(p.getValue()));
            sep = '&';
        }
        return uri.toString();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
