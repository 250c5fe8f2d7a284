package ru.kogalym.civic.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ru.kogalym.civic.contract.upcasting.ContractUpcasters;

import static org.assertj.core.api.Assertions.assertThat;

/** Conventions every message of the contract follows; new records are picked up automatically. */
class ContractConventionsTest {

    private static final String CONTRACT_PACKAGE = "ru.kogalym.civic.contract";
    /** The contract's history, not messages. */
    private static final String UPCASTING_PACKAGE = CONTRACT_PACKAGE + ".upcasting";
    private static final LocalDate SAMPLE_DATE = LocalDate.of(2020, 11, 3);
    private static final long SAMPLE_KOPECKS = 15_000_050L;

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static List<Class<?>> contractClasses() {
        List<Class<?>> classes = new ArrayList<>();
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(CONTRACT_PACKAGE)) {
            if (javaClass.isTopLevelClass() && !javaClass.getPackageName().equals(UPCASTING_PACKAGE)) {
                classes.add(javaClass.reflect());
            }
        }
        return classes;
    }

    private static List<Class<?>> endingWith(String suffix) {
        return contractClasses().stream().filter(c -> c.getSimpleName().endsWith(suffix)).toList();
    }

    @Test
    void findsTheWholeContract() {
        assertThat(endingWith("Command")).hasSizeGreaterThanOrEqualTo(30);
        assertThat(endingWith("Event")).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void everyMessageIsARecordAndEveryTypeIsARecordOrEnumOrAnInterfaceOfRecords() {
        assertThat(contractClasses()).allSatisfy(c ->
                assertThat(c.isRecord() || c.isEnum() || c.isInterface()).as(c.getName()).isTrue());
    }

    @Test
    void everyEventHasARevisionAndEachEarlierOneIsUpcast() {
        assertThat(endingWith("Event")).allSatisfy(c -> {
            Revision revision = c.getAnnotation(Revision.class);
            assertThat(revision).as(c.getName()).isNotNull();
            assertThat(revision.value()).as(c.getName()).matches("[1-9][0-9]*");
            for (int earlier = 1; earlier < Integer.parseInt(revision.value()); earlier++) {
                assertThat(ContractUpcasters.upcasts(new SimpleSerializedType(c.getName(), String.valueOf(earlier))))
                        .as(c.getName() + " revision " + earlier).isTrue();
            }
        });
    }

    @Test
    void moneyIsWholeKopecksNeverDecimalsOrFloatingPoint() {
        assertThat(contractClasses().stream().filter(Class::isRecord).toList()).allSatisfy(c -> {
            for (RecordComponent component : c.getRecordComponents()) {
                Class<?> type = component.getType();
                assertThat(type).as(c.getName() + "." + component.getName())
                        .isNotIn(java.math.BigDecimal.class, double.class, Double.class, float.class, Float.class);
                if (component.getName().toLowerCase().contains("amount")) {
                    assertThat(component.getName()).as(c.getName()).endsWith("Kopecks");
                    assertThat(type).as(c.getName() + "." + component.getName()).isIn(long.class, Long.class);
                }
            }
        });
    }

    @Test
    void everyCommandTargetsItsFirstComponentAndOnlyThatOne() {
        assertThat(endingWith("Command")).allSatisfy(c -> {
            RecordComponent[] components = c.getRecordComponents();
            assertThat(components[0].getType()).as(c.getName()).isEqualTo(String.class);
            for (int i = 0; i < components.length; i++) {
                boolean targeted = components[i].isAnnotationPresent(TargetAggregateIdentifier.class)
                        || fieldAnnotated(c, components[i].getName());
                assertThat(targeted).as(c.getName() + "." + components[i].getName()).isEqualTo(i == 0);
            }
        });
    }

    @Test
    void everyEventCarriesItsAggregateIdFirst() {
        assertThat(endingWith("Event")).allSatisfy(c -> {
            RecordComponent first = c.getRecordComponents()[0];
            assertThat(first.getType()).as(c.getName()).isEqualTo(String.class);
            assertThat(first.getName()).as(c.getName()).matches("[a-z][A-Za-z]*Id|year");
        });
    }

    @Test
    void everyRecordSurvivesAJsonRoundTrip() {
        assertThat(contractClasses().stream().filter(Class::isRecord).toList()).allSatisfy(c -> {
            Object sample = sample(c, null);
            String json = mapper.writeValueAsString(sample);
            assertThat(mapper.readValue(json, c)).as(json).isEqualTo(sample);
        });
    }

    @Test
    void absentOptionalValuesSurviveAJsonRoundTrip() {
        assertThat(contractClasses().stream().filter(Class::isRecord).toList()).allSatisfy(c -> {
            Object empty = mapper.readValue("{}", c);
            String json = mapper.writeValueAsString(empty);
            assertThat(mapper.readValue(json, c)).as(json).isEqualTo(empty);
        });
    }

    private static boolean fieldAnnotated(Class<?> c, String name) {
        try {
            return c.getDeclaredField(name).isAnnotationPresent(TargetAggregateIdentifier.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** A value of {@code type} with every component given, distinct by component name. */
    static Object sample(Type type, String name) throws Exception {
        if (type instanceof ParameterizedType parameterized) {
            Type element = parameterized.getActualTypeArguments()[0];
            return List.of(sample(element, name), sample(element, name + "2"));
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) return "значение " + name;
        if (c == LocalDate.class) return SAMPLE_DATE;
        if (c == long.class || c == Long.class) return SAMPLE_KOPECKS;
        if (c == int.class || c == Integer.class) return 7;
        if (c.isEnum()) return c.getEnumConstants()[c.getEnumConstants().length - 1];
        if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = sample(components[i].getGenericType(), components[i].getName());
                types[i] = components[i].getType();
            }
            Constructor<?> constructor = c.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        }
        throw new IllegalArgumentException("no sample for " + type);
    }
}
