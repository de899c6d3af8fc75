package uk.police.collaboration.ledger.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What can be checked of the Dockerfile and docker-compose.yml without a Docker engine: every
 * file the image build copies exists, and every environment variable the compose file gives a
 * ledger node is one the application reads — a setting it would silently ignore is a typo.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    /** Read by Spring Boot before any configuration is bound, so absent from the metadata. */
    private static final Set<String> BOOT_START_UP_SETTINGS = Set.of("springconfiglocation", "springconfigadditionallocation",
            "springconfigname");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    @Test
    void everyFileTheImageBuildCopiesExists() throws IOException {
        List<String> sources = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("Dockerfile"))) {
            String[] words = line.trim().split("\\s+");
            if (words[0].equals("COPY") && !line.contains("--from=")) {
                for (int i = 1; i < words.length - 1; i++) {
                    sources.add(words[i]);
                }
            }
        }
        assertThat(sources).as("COPY sources").contains("pom.xml", "src", "frontend", "axon-config");
        for (String source : sources) {
            assertThat(ROOT.resolve(source)).as("COPY %s", source).exists();
        }
    }

    @Test
    void theImageRunsAsAnUnprivilegedUserWithAHealthCheck() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("Dockerfile"));
        String lastUser = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElse("USER root");
        assertThat(lastUser).isNotIn("USER root", "USER 0");
        assertThat(lines).anyMatch(l -> l.startsWith("HEALTHCHECK") );
        assertThat(String.join("\n", lines)).contains("/actuator/health/readiness");
    }

    @Test
    void everyVariableTheComposeFileSetsForALedgerNodeIsReadByTheApplication() throws IOException {
        Map<String, Object> compose;
        try (InputStream in = Files.newInputStream(ROOT.resolve("docker-compose.yml"))) {
            compose = new Yaml().load(in);
        }
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        List<String> nodes = services.keySet().stream().filter(name -> name.startsWith("ledger")).toList();
        assertThat(nodes).as("ledger nodes").hasSize(2);

        Set<String> placeholders = placeholdersInConfiguration();
        Set<String> knownProperties = knownPropertyNames();
        for (String node : nodes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> environment = (Map<String, Object>) services.get(node).get("environment");
            assertThat(environment).as("environment of %s", node).isNotEmpty();
            for (String variable : environment.keySet()) {
                boolean read = placeholders.contains(variable) || knownProperties.contains(relaxed(variable))
                        || readFromTheEnvironmentInCode(variable);
                assertThat(read).as("%s sets %s, which nothing in the application reads", node, variable).isTrue();
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> dependsOn = (Map<String, Object>) services.get(node).get("depends_on");
            assertThat(dependsOn.values()).as("%s starts only after what it needs is healthy", node)
                    .allMatch(condition -> condition.toString().contains("service_healthy"));
        }
    }

    /** Names used as ${NAME} or ${NAME:default} in the application's own configuration files. */
    private static Set<String> placeholdersInConfiguration() throws IOException {
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Stream.concat(Files.list(ROOT.resolve("src/main/resources")), Files.list(ROOT.resolve("axon-config")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
                Matcher matcher = PLACEHOLDER.matcher(Files.readString(file));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
        return names;
    }

    /** Every property named in the configuration metadata on the class path (Spring Boot's, Axon's, the ledger's). */
    private static Set<String> knownPropertyNames() throws IOException {
        Set<String> names = new HashSet<>(BOOT_START_UP_SETTINGS);
        ObjectMapper json = new ObjectMapper();
        for (Resource metadata : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:META-INF/*spring-configuration-metadata.json")) {
            try (InputStream in = metadata.getInputStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    names.add(normalised(property.path("name").asText()));
                }
            }
        }
        return names;
    }

    /**
     * Spring Boot's relaxed binding: SPRING_CONFIG_ADDITIONAL_LOCATION binds spring.config.additional-location.
     * Both sides are compared lower-case without separators.
     */
    private static String relaxed(String variable) {
        return normalised(variable);
    }

    private static String normalised(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[._-]", "");
    }

    private static boolean readFromTheEnvironmentInCode(String variable) throws IOException {
        try (Stream<Path> files = Files.walk(ROOT.resolve("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).anyMatch(f -> {
                try {
                    return Files.readString(f).contains("\"" + variable + "\"");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
