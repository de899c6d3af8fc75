package uk.police.collaboration.ledger.intake;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every command the ledger accepts, by its name ("ApproveOption"). Found on the class path: a
 * record in an {@code api} package with a {@code @TargetAggregateIdentifier} component. The REST
 * API, the journal importer and the OpenAPI document all read this one list.
 */
@Component
public class CommandCatalogue {

    static final String ROOT = "uk.police.collaboration.ledger";

    private final Map<String, Class<?>> commands;

    CommandCatalogue() {
        this(scan());
    }

    CommandCatalogue(Map<String, Class<?>> commands) {
        this.commands = Collections.unmodifiableMap(new TreeMap<>(commands));
    }

    public Optional<Class<?>> find(String name) {
        return Optional.ofNullable(name).map(commands::get);
    }

    public Map<String, Class<?>> all() {
        return commands;
    }

    /** The value of the command's @TargetAggregateIdentifier component: the record it acts on. */
    public static String targetOf(Object command) {
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            if (isTarget(component)) {
                try {
                    Object value = component.getAccessor().invoke(command);
                    return value == null ? null : value.toString();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    static boolean isTarget(RecordComponent component) {
        return component.isAnnotationPresent(TargetAggregateIdentifier.class)
                || fieldAnnotated(component);
    }

    private static boolean fieldAnnotated(RecordComponent component) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName())
                    .isAnnotationPresent(TargetAggregateIdentifier.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Map<String, Class<?>> scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(Pattern.quote(ROOT) + "\\.\\w+\\.api\\.\\w+")));
        Map<String, Class<?>> found = new TreeMap<>();
        scanner.findCandidateComponents(ROOT).forEach(candidate -> {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), CommandCatalogue.class.getClassLoader());
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (isTarget(component)) {
                        Class<?> previous = found.put(type.getSimpleName(), type);
                        if (previous != null) {
                            throw new IllegalStateException("Two commands named " + type.getSimpleName());
                        }
                        break;
                    }
                }
            }
        });
        return found;
    }
}
