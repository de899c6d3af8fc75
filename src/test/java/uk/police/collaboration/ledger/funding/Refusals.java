package uk.police.collaboration.ledger.funding;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import uk.police.collaboration.ledger.shared.RuleViolation;

/** Matches the refusal a fixture expects: a RuleViolation carrying the given stable code. */
final class Refusals {

    private Refusals() {
    }

    static Matcher<Throwable> ruleViolation(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof RuleViolation violation && code.equals(violation.code());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation with code ").appendValue(code);
            }

            @Override
            protected void describeMismatchSafely(Throwable thrown, Description description) {
                description.appendText("was ").appendValue(thrown instanceof RuleViolation violation
                        ? "RuleViolation " + violation.code() + ": " + violation.rule() : thrown);
            }
        };
    }

    /** Matches a RuleViolation with the code whose message contains every given phrase. */
    static Matcher<Throwable> ruleViolation(String code, String... phrases) {
        Matcher<Throwable> byCode = ruleViolation(code);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                if (!byCode.matches(thrown)) {
                    return false;
                }
                for (String phrase : phrases) {
                    if (!thrown.getMessage().contains(phrase)) {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                byCode.describeTo(description);
                description.appendText(" whose rule mentions ").appendValueList("", ", ", "", phrases);
            }

            @Override
            protected void describeMismatchSafely(Throwable thrown, Description description) {
                description.appendText("was ").appendValue(thrown instanceof RuleViolation violation
                        ? "RuleViolation " + violation.code() + ": " + violation.rule() : thrown);
            }
        };
    }
}
