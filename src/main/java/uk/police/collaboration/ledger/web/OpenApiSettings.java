package uk.police.collaboration.ledger.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the OpenAPI document says about the API (ledger.openapi.*): who to contact and under which
 * licence the document is published. A deployment sets its own service desk.
 *
 * @param contactName  the team that answers for the API
 * @param contactEmail where client developers write
 * @param licenceName  the licence the document is published under
 * @param licenceUrl   that licence's text
 */
@Validated
@ConfigurationProperties(prefix = "ledger.openapi")
record OpenApiSettings(@DefaultValue("Collaboration Programme Ledger service owner") @NotBlank String contactName,
                       @DefaultValue("ledger-service-owner@police.invalid") @NotBlank @Email String contactEmail,
                       @DefaultValue("Open Government Licence v3.0") @NotBlank String licenceName,
                       @DefaultValue("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/") @NotBlank String licenceUrl) {
}
