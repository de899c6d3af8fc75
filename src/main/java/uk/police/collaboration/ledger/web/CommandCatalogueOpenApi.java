package uk.police.collaboration.ledger.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.police.collaboration.ledger.intake.Accepted;
import uk.police.collaboration.ledger.intake.CommandCatalogue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Documents each command as its own operation, POST /api/commands/{Name}, with the payload's
 * schema taken from the command record itself, so the OpenAPI document cannot drift from the code.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandCatalogueOpenApi implements OpenApiCustomizer {

    private static final String GENERIC_PATH = "/api/commands/{command}";

    private final CommandCatalogue catalogue;

    CommandCatalogueOpenApi(CommandCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getPaths().remove(GENERIC_PATH);
        addSchema(openApi, Accepted.class);
        for (Map.Entry<String, Class<?>> command : catalogue.all().entrySet()) {
            Schema<?> payload = addSchema(openApi, command.getValue());
            requireWhatValidationRequires(payload, command.getValue());
            openApi.path("/api/commands/" + command.getKey(), new PathItem().post(
                    operation(command.getKey(), new Schema<>().$ref("#/components/schemas/" + command.getValue().getSimpleName()))));
        }
    }

    /** The type's schema and the schemas it uses, as components; answers the type's own schema. */
    private static Schema<?> addSchema(io.swagger.v3.oas.models.OpenAPI openApi, Class<?> type) {
        ResolvedSchema resolved = ModelConverters.getInstance().resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(false));
        if (resolved.referencedSchemas != null) {
            resolved.referencedSchemas.forEach(openApi.getComponents()::addSchemas);
        }
        openApi.getComponents().addSchemas(type.getSimpleName(), resolved.schema);
        return resolved.schema;
    }

    /**
     * Bean Validation as the intake applies it: a @NotBlank text has at least one character and,
     * like a @NotNull field, must be present. (swagger-core leaves minLength at 0 for @NotBlank.)
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void requireWhatValidationRequires(Schema<?> payload, Class<?> type) {
        if (!type.isRecord() || payload.getProperties() == null) {
            return;
        }
        List<String> required = new ArrayList<>(payload.getRequired() == null ? List.of() : payload.getRequired());
        for (RecordComponent component : type.getRecordComponents()) {
            Schema property = payload.getProperties().get(component.getName());
            boolean notBlank = annotated(component, NotBlank.class);
            if (property != null && notBlank && (property.getMinLength() == null || property.getMinLength() < 1)) {
                property.setMinLength(1);
            }
            if ((notBlank || annotated(component, NotNull.class)) && !required.contains(component.getName())) {
                required.add(component.getName());
            }
        }
        payload.setRequired(required.isEmpty() ? null : required);
    }

    private static boolean annotated(RecordComponent component, Class<? extends java.lang.annotation.Annotation> annotation) {
        return component.isAnnotationPresent(annotation) || component.getAccessor().isAnnotationPresent(annotation)
                || fieldAnnotated(component, annotation);
    }

    private static boolean fieldAnnotated(RecordComponent component, Class<? extends java.lang.annotation.Annotation> annotation) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName()).isAnnotationPresent(annotation);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    @SuppressWarnings("rawtypes")
    private static Operation operation(String name, Schema payload) {
        Schema<?> envelope = new ObjectSchema()
                .addProperty("commandId", new StringSchema().description("Idempotency key chosen by the caller"))
                .addProperty("effectiveOn", new StringSchema().description("When it happened: 2018-02-01 or 2018-02-01T10:30"))
                .addProperty("source", new ObjectSchema()
                        .addProperty("reference", new StringSchema().description("e.g. PFCC/100/2018"))
                        .addProperty("section", new StringSchema())
                        .addProperty("title", new StringSchema())
                        .addProperty("url", new StringSchema())
                        .required(List.of("reference")))
                .addProperty("payload", payload)
                .required(List.of("commandId", "effectiveOn", "source", "payload"));
        Content problem = LedgerOpenApi.problemContent();
        Content accepted = new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + Accepted.class.getSimpleName())));
        return new Operation()
                .operationId(Character.toLowerCase(name.charAt(0)) + name.substring(1))
                .summary(name)
                .description("See docs/commands.md for the rules and error codes of " + name)
                .addTagsItem("Commands")
                .requestBody(new RequestBody().required(true).content(new Content()
                        .addMediaType("application/json", new MediaType().schema(envelope))))
                .responses(new ApiResponses()
                        .addApiResponse("201", new ApiResponse().description("Recorded: the record and the ids of the events written").content(accepted))
                        .addApiResponse("200", new ApiResponse().description("This command id was recorded before with the same content; nothing new written").content(accepted))
                        .addApiResponse("400", new ApiResponse().description("Malformed: unknown or missing fields, wrong types").content(problem))
                        .addApiResponse("404", new ApiResponse().description("The record or programme named does not exist").content(problem))
                        .addApiResponse("409", new ApiResponse().description("Conflict: record exists, command id reused, concurrent change").content(problem))
                        .addApiResponse("422", new ApiResponse().description("A rule of the ledger was broken; the code names it").content(problem))
                        .addApiResponse("503", new ApiResponse().description("With Retry-After. LEDGER_BUSY: the ledger could not finish in time; "
                                + "STORE_UNAVAILABLE: the database cannot be reached; in both nothing was written, submit again. "
                                + "OUTCOME_UNKNOWN: the database failed while the command was being committed, so it may or may not "
                                + "have been recorded; resubmit the same command id (200 replayed if it was recorded, else 201)").content(problem)));
    }
}
