package uk.police.collaboration.ledger.appraisal;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import uk.police.collaboration.ledger.shared.RuleViolation;

/** Matches a refusal by its stable code. */
final class RuleViolations {

    private RuleViolations() {
    }

    static Matcher<RuleViolation> withCode(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return code.equals(violation.code());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation with code ").appendValue(code);
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description mismatch) {
                mismatch.appendText("code was ").appendValue(violation.code())
                        .appendText(" (").appendText(violation.rule()).appendText(")");
            }
        };
    }
}
