package uk.police.collaboration.ledger.access;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Demo users belong to the embedded demo run only; where real data lives the ledger will not start with them. */
class DemoUsersGuardTest {

    private final WebApplicationContextRunner security = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class, WebMvcAutoConfiguration.class,
                    DispatcherServletAutoConfiguration.class))
            .withUserConfiguration(SecurityConfig.class);

    @Test
    void theLedgerRefusesToStartWithDemoUsersInThePostgresProfile() {
        security.withPropertyValues("spring.profiles.active=postgres", "ledger.demo-users.enabled=true",
                        "ledger.demo-users.secretariat=a", "ledger.demo-users.board=b", "ledger.demo-users.auditor=c", "ledger.demo-users.foi=d")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("Demo users").hasMessageContaining("not allowed"));
    }

    @Test
    void theLedgerStartsWithDemoUsersInTheDefaultRun() {
        security.withPropertyValues("ledger.demo-users.enabled=true",
                        "ledger.demo-users.secretariat=a", "ledger.demo-users.board=b", "ledger.demo-users.auditor=c", "ledger.demo-users.foi=d")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void theLedgerRefusesToStartWithNeitherDemoUsersNorAnIssuer() {
        security.withPropertyValues("ledger.demo-users.enabled=false")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("LEDGER_OIDC_ISSUER_URI"));
    }

    @Test
    void theGuardRefusesDemoUsersInEitherRealDataProfile() {
        for (String profile : DemoUsers.REAL_DATA_PROFILES) {
            MockEnvironment environment = new MockEnvironment();
            environment.setActiveProfiles(profile);
            assertThatThrownBy(() -> DemoUsers.refuseWhereNotAllowed(true, environment))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("ledger.demo-users.enabled=false");
            assertThatCode(() -> DemoUsers.refuseWhereNotAllowed(false, environment)).doesNotThrowAnyException();
        }
        assertThatCode(() -> DemoUsers.refuseWhereNotAllowed(true, new MockEnvironment())).doesNotThrowAnyException();
    }
}
