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
import org.springframework.stereotype.Component;
import uk.police.collaboration.ledger.intake.CommandCatalogue;

import java.util.List;
import java.util.Map;

/**
 * Documents each command as its own operation, POST /api/commands/{Name}, with the payload's
 * schema taken from the command record itself, so the OpenAPI document cannot drift from the code.
 */
@Component
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
        for (Map.Entry<String, Class<?>> command : catalogue.all().entrySet()) {
            ResolvedSchema resolved = ModelConverters.getInstance()
                    .resolveAsResolvedSchema(new AnnotatedType(command.getValue()).resolveAsRef(false));
            if (resolved.referencedSchemas != null) {
                resolved.referencedSchemas.forEach(openApi.getComponents()::addSchemas);
            }
            openApi.path("/api/commands/" + command.getKey(), new PathItem().post(operation(command.getKey(), resolved.schema)));
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
        Content problem = new Content().addMediaType("application/problem+json", new MediaType().schema(new ObjectSchema()));
        return new Operation()
                .operationId(Character.toLowerCase(name.charAt(0)) + name.substring(1))
                .summary(name)
                .description("See docs/commands.md for the rules and error codes of " + name)
                .addTagsItem("Commands")
                .requestBody(new RequestBody().required(true).content(new Content()
                        .addMediaType("application/json", new MediaType().schema(envelope))))
                .responses(new ApiResponses()
                        .addApiResponse("201", new ApiResponse().description("Recorded: the record and the ids of the events written"))
                        .addApiResponse("200", new ApiResponse().description("This command id was recorded before with the same content; nothing new written"))
                        .addApiResponse("400", new ApiResponse().description("Malformed: unknown or missing fields, wrong types").content(problem))
                        .addApiResponse("404", new ApiResponse().description("The record or programme named does not exist").content(problem))
                        .addApiResponse("409", new ApiResponse().description("Conflict: record exists, command id reused, concurrent change").content(problem))
                        .addApiResponse("422", new ApiResponse().description("A rule of the ledger was broken; the code names it").content(problem)));
    }
}
