package uk.police.collaboration.ledger.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.DateTimeSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The parts of the OpenAPI document that a client generator needs and springdoc cannot infer:
 * the API's identity, how to sign in, the one Problem shape of every refusal, the refusals each
 * operation can really give, typed query parameters and the journal's NDJSON body. Runs after the
 * per-command operations are in place ({@link CommandCatalogueOpenApi}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@EnableConfigurationProperties(OpenApiSettings.class)
class LedgerOpenApi implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String BASIC = "demoBasic";
    static final String BEARER = "oidcBearer";
    private static final String PROBLEM_JSON = "application/problem+json";

    private final OpenApiSettings settings;
    private final String version;

    LedgerOpenApi(OpenApiSettings settings, ObjectProvider<BuildProperties> build) {
        this.settings = settings;
        BuildProperties properties = build.getIfAvailable();
        this.version = properties != null ? properties.getVersion() : LedgerOpenApi.class.getPackage().getImplementationVersion() != null
                ? LedgerOpenApi.class.getPackage().getImplementationVersion() : "development";
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info()
                .title("Collaboration Programme Ledger API")
                .version(version)
                .summary("The system of record for UK police collaboration programmes")
                .description("Commands record acts (one operation per command, POST /api/commands/{Name}); journals import "
                        + "many at once; the read side answers current and as-of state, registers and FOI histories. "
                        + "Every refusal is application/problem+json with a rule code (docs/api.md).")
                .contact(new Contact().name(settings.contactName()).email(settings.contactEmail()))
                .license(new License().name(settings.licenceName()).url(settings.licenceUrl())));
        openApi.servers(List.of(new Server().url("/").description("This ledger")));
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components);
        components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("Demo users of the embedded default run only (docs/security.md)"));
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("An access token from the organisation's OIDC issuer (profiles postgres and axonserver)"));
        components.addSchemas(PROBLEM, problemSchema());
        openApi.security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));

        for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
            path.getValue().readOperationsMap().forEach((method, operation) ->
                    describe(path.getKey(), method, operation));
        }
        UnusedSchemas.remove(openApi);
    }

    private void describe(String path, PathItem.HttpMethod method, Operation operation) {
        boolean open = method == PathItem.HttpMethod.GET && path.startsWith("/api/registers");
        if (open) {
            operation.setSecurity(List.of());
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(LedgerOpenApi::type);
        }
        if (path.equals("/api/journal")) {
            operation.requestBody(new RequestBody().required(true)
                    .description("One command envelope per line, as for POST /api/commands/{Name} with the command's name in \"command\"")
                    .content(new Content().addMediaType(JournalController.NDJSON, new MediaType()
                            .schema(new StringSchema().description("Newline-delimited JSON (UTF-8); lines starting with # are comments"))
                            .example("{\"command\":\"RaiseRisk\",\"commandId\":\"risk-1\",\"effectiveOn\":\"2018-03-22\","
                                    + "\"source\":{\"reference\":\"PFCC/100/2018\"},\"payload\":{}}\n"))));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            refusal(responses, "400", "Malformed: a parameter or the body is not valid (the code and fields say which)");
        }
        if (!open) {
            refusal(responses, "401", "Not signed in (code NOT_AUTHENTICATED)");
            refusal(responses, "403", "The caller's role does not allow this request (code NOT_ALLOWED)");
            refusal(responses, "429", "Too many failed sign-ins for this user or address (code SIGN_IN_THROTTLED); see Retry-After");
        }
        if (path.contains("{") && method == PathItem.HttpMethod.GET) {
            refusal(responses, "404", "No such record (code NOT_FOUND)");
        }
        if (operation.getRequestBody() != null) {
            refusal(responses, "413", "The body is larger than the ledger accepts (code PAYLOAD_TOO_LARGE)");
            refusal(responses, "415", "The body is not of the media type this operation accepts (code UNSUPPORTED_MEDIA_TYPE), "
                    + "or not UTF-8 (code UNSUPPORTED_CHARSET)");
        }
        // Every refusal is a Problem, whatever springdoc inferred from the exception handlers.
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
    }

    private static void refusal(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(problemContent()));
        }
    }

    static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    /** Query parameters the controllers read strictly (readside.Params), typed as they are read. */
    private static void type(Parameter parameter) {
        switch (parameter.getName()) {
            case "page" -> parameter.schema(new IntegerSchema().format("int32").minimum(BigDecimal.ZERO)._default(0));
            case "size" -> parameter.schema(new IntegerSchema().format("int32").minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(500))._default(50));
            case "asOf", "from", "to" -> parameter.schema(new DateSchema());
            case "knownAt" -> parameter.schema(new DateTimeSchema());
            case "format" -> parameter.schema(new StringSchema()._enum(List.of("json", "csv", "html"))._default("json"));
            case "section" -> parameter.schema(new StringSchema()._enum(uk.police.collaboration.ledger.programme.ViewPages.sectionNames()));
            default -> { }
        }
    }

    /** RFC 9457 problem details with the ledger's rule code and the fields it concerns. */
    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("A refusal (RFC 9457). Nothing was written.")
                .addProperty("type", new StringSchema().format("uri").example("urn:ledger:problem:option-not-open"))
                .addProperty("title", new StringSchema().example("Unprocessable Entity"))
                .addProperty("status", new IntegerSchema().format("int32").example(422))
                .addProperty("detail", new StringSchema().description("The rule in words"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("code", new StringSchema().description("The rule code, stable across releases (docs/commands.md)")
                        .example("OPTION_NOT_OPEN"))
                .addProperty("fields", new ArraySchema().items(new StringSchema()).description("The fields the refusal concerns"))
                .required(List.of("type", "title", "status", "code", "fields"));
    }
}
