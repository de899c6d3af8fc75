package uk.police.collaboration.ledger.web.pages;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (from the npm registry, a dev dependency in frontend/package.json that `npm ci` installs)
 * injected into the page through WebDriver and run over it: a page state with a serious or critical
 * finding fails the test, naming the rule and the elements. Every state checked is counted, so the
 * suite can say how many it covered.
 */
final class Axe {

    static final Path SCRIPT = Path.of("frontend", "node_modules", "axe-core", "axe.min.js");
    static final List<String> CHECKED = new ArrayList<>();
    private static String source;

    private Axe() {
    }

    private static synchronized String source() {
        if (source == null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("axe-core checked " + CHECKED.size()
                    + " page states in this run, none with a serious or critical finding")));
            try {
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing: run npm ci in frontend/ (" + SCRIPT + ")", e);
            }
        }
        return source;
    }

    @SuppressWarnings("unchecked")
    static void assertNoSeriousFindings(WebDriver driver, String state) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(source());
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                   nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))
                   .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
                """);
        List<Map<String, Object>> findings = (List<Map<String, Object>>) result;
        CHECKED.add(state);
        assertThat(findings).as("axe-core: serious or critical findings on " + state + " (" + driver.getCurrentUrl() + ")").isEmpty();
    }
}
