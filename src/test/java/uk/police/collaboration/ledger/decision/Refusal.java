package uk.police.collaboration.ledger.decision;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import uk.police.collaboration.ledger.shared.RuleViolation;

/** Matches a {@link RuleViolation} by its stable code (the message is for people and may change). */
final class Refusal {

    private Refusal() {
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
                mismatch.appendText("code was ").appendValue(violation.code()).appendText(": ").appendText(violation.rule());
            }
        };
    }
}
