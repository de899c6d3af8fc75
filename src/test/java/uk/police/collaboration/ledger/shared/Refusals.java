package uk.police.collaboration.ledger.shared;

import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.List;

/**
 * The refusal a test expects: a {@link RuleViolation} carrying the given stable code and,
 * optionally, whose rule (the message, which is for people) mentions every given phrase.
 */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<Throwable> ruleViolation(String code, String... phrases) {
        List<String> mentions = List.of(phrases);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof RuleViolation violation && code.equals(violation.code())
                        && mentions.stream().allMatch(violation.rule()::contains);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation with code ").appendValue(code);
                if (!mentions.isEmpty()) {
                    description.appendText(" whose rule mentions ").appendValueList("", ", ", "", mentions);
                }
            }

            @Override
            protected void describeMismatchSafely(Throwable thrown, Description mismatch) {
                mismatch.appendText("was ").appendValue(thrown instanceof RuleViolation violation
                        ? "RuleViolation " + violation.code() + ": " + violation.rule() : thrown);
            }
        };
    }

    /** The command was refused with the code (and phrases) and nothing was applied. */
    public static void refused(ResultValidator<?> result, String code, String... phrases) {
        result.expectException(RuleViolation.class)
                .expectException(ruleViolation(code, phrases))
                .expectNoEvents();
    }
}
