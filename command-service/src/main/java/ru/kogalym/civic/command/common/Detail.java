package ru.kogalym.civic.command.common;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A problem's message as a {@link Problem} code and its arguments, worded only when it is shown
 * ({@link ProblemMessages}). An argument is shown as it is (dates as {@code YYYY-MM-DD}), a {@link Detail} in the
 * same language, a list of them joined with {@code "; "}; a number may be counted by the message's plural.
 */
public record Detail(Problem problem, List<Object> args) {

    public Detail {
        if (args.size() != problem.arity()) {
            throw new IllegalArgumentException(problem + " takes " + problem.arity() + " arguments, not " + args.size());
        }
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static Detail of(Problem problem, Object... args) {
        return new Detail(problem, Arrays.asList(args));
    }

    /** The code, as the problem's {@code code} property. */
    public String code() {
        return problem.name();
    }

    /** In English, for the log and {@link Throwable#getMessage()}. */
    public String english() {
        return ProblemMessages.shared().render(this, ProblemMessages.ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }
}
