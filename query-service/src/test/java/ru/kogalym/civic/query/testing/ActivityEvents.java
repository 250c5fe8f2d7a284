package ru.kogalym.civic.query.testing;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import ru.kogalym.civic.contract.activity.ActivityStatement;
import ru.kogalym.civic.contract.activity.ActivityWithdrawn;

import java.util.ArrayList;
import java.util.List;

/**
 * Every activity event of the contract, as found on the classpath: a test over them covers a kind added later, so a
 * projection cannot leave out the events of a new kind.
 */
public final class ActivityEvents {

    private ActivityEvents() {
    }

    public static List<Class<?>> all() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(ActivityStatement.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(ActivityWithdrawn.class));
        List<Class<?>> events = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("ru.kogalym.civic.contract")) {
            try {
                events.add(Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return events;
    }
}
