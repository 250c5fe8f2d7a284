package ru.kogalym.civic.query.projection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.annotation.ClasspathHandlerDefinition;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The query side's projections, by processing group, and fresh instances of them writing to other read models: in
 * memory for a fold "as known at", or a new generation in MongoDB for a blue-green rebuild. Every projection takes
 * its read models as its only constructor argument, so a fresh one is the same code as the live one.
 */
@Component
class Projections {

    private final Map<String, List<Class<?>>> byGroup = new TreeMap<>();
    /** Looked up once per type: finding them scans the class path, which costs more than folding a city's year. */
    private final Map<Class<?>, ParameterResolverFactory> parameterResolvers = new ConcurrentHashMap<>();
    private final Map<Class<?>, HandlerDefinition> handlerDefinitions = new ConcurrentHashMap<>();
    private volatile Map<String, String> groupsByCollection;

    @Autowired
    Projections(ApplicationContext context) {
        this(context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                    .<Class<?>>map(AopUtils::getTargetClass).toList());
    }

    private Projections(List<Class<?>> types) {
        for (Class<?> type : types) {
            byGroup.computeIfAbsent(type.getAnnotation(ProcessingGroup.class).value(), g -> new ArrayList<>()).add(type);
        }
    }

    /** These projections only, outside Spring (a test, a tool). */
    static Projections of(Class<?>... types) {
        return new Projections(List.of(types));
    }

    Set<String> groups() {
        return new TreeSet<>(byGroup.keySet());
    }

    /** The processing group whose projections write each read model, by read model name; asked of them once. */
    Map<String, String> groupsByCollection() {
        Map<String, String> groups = groupsByCollection;
        if (groups == null) {
            Map<String, String> found = new ConcurrentHashMap<>();
            InMemoryReadModels unused = new InMemoryReadModels();
            byGroup.keySet().forEach(group -> instances(Set.of(group), name -> {
                found.put(name, group);
                return unused.collection(name);
            }));
            groupsByCollection = groups = Map.copyOf(found);
        }
        return groups;
    }

    /** Fresh instances of every projection of {@code groups}, writing to {@code models}. */
    Handlers instances(Set<String> groups, ReadModels models) {
        List<AnnotationEventHandlerAdapter> adapters = new ArrayList<>();
        groups.forEach(group -> byGroup.getOrDefault(group, List.of()).forEach(type -> {
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(ReadModels.class);
                constructor.setAccessible(true);
                adapters.add(new AnnotationEventHandlerAdapter(constructor.newInstance(models),
                        parameterResolvers.computeIfAbsent(type, ClasspathParameterResolverFactory::forClass),
                        handlerDefinitions.computeIfAbsent(type, ClasspathHandlerDefinition::forClass)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(type.getName() + " needs a constructor taking only ReadModels", e);
            }
        }));
        return new Handlers(adapters);
    }

    /** Projection instances that each event is handed to in turn. */
    record Handlers(List<AnnotationEventHandlerAdapter> adapters) {

        void handle(EventMessage<?> event) {
            for (AnnotationEventHandlerAdapter adapter : adapters) {
                try {
                    if (adapter.canHandle(event)) {
                        adapter.handle(event);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("Handling event " + event.getIdentifier() + " failed", e);
                }
            }
        }
    }
}
