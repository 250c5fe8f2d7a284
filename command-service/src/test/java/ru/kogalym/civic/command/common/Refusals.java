package ru.kogalym.civic.command.common;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matchers for the two refusals, by class and field name, for {@code ResultValidator.expectException(Matcher)}. */
public final class Refusals {

    private Refusals() {
    }

    /** An {@link InvalidCommandException} about {@code field}. */
    public static Matcher<Throwable> invalid(String field) {
        return refusal(InvalidCommandException.class, field);
    }

    /** A {@link RuleViolationException} about {@code field}. */
    public static Matcher<Throwable> violation(String field) {
        return refusal(RuleViolationException.class, field);
    }

    private static Matcher<Throwable> refusal(Class<? extends RuntimeException> type, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                if (!type.isInstance(item)) {
                    return false;
                }
                String actual = item instanceof InvalidCommandException invalid ? invalid.field()
                        : ((RuleViolationException) item).field();
                return field.equals(actual);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " on field " + field);
            }

            @Override
            protected void describeMismatchSafely(Throwable item, Description mismatch) {
                mismatch.appendText("was " + item);
            }
        };
    }
}
