package ru.kogalym.civic.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.activity.Activity;
import ru.kogalym.civic.contract.activity.ActivityCorrected;
import ru.kogalym.civic.contract.activity.ActivityDecided;
import ru.kogalym.civic.contract.activity.ActivityRecorded;
import ru.kogalym.civic.contract.activity.ActivityStatement;
import ru.kogalym.civic.contract.activity.ActivityWithdrawn;
import ru.kogalym.civic.contract.meeting.MeetingHeldEvent;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Activity events implement the small interfaces of {@code contract.activity}, through which the lookups, the journal
 * and the summary handle every kind in one place: a new kind of activity cannot leave one of its events out.
 */
class ActivityEventsTest {

    /** The features whose events are not about an activity record. */
    private static final Set<String> NOT_ACTIVITIES = Set.of("nco", "council", "priority", "identity", "audit");
    /** The support register's events: about the register's entries, not about a record of support. */
    private static final String SUPPORT_REGISTER_EVENTS = "SupportRegisterEntry";

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static List<Class<?>> activityEvents() {
        return ContractConventionsTest.contractClasses().stream()
                .filter(c -> c.getSimpleName().endsWith("Event"))
                .filter(c -> !NOT_ACTIVITIES.contains(feature(c)))
                .filter(c -> !c.getSimpleName().startsWith(SUPPORT_REGISTER_EVENTS))
                .toList();
    }

    private static String feature(Class<?> c) {
        String name = c.getPackageName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static Object sample(Class<?> c) throws Exception {
        return ContractConventionsTest.sample(c, null);
    }

    @Test
    void findsTheEventsOfEveryKind() {
        assertThat(activityEvents()).hasSizeGreaterThanOrEqualTo(Activity.values().length * 3);
    }

    @Test
    void everyActivityEventStatesWhatItNamesOrIsAWithdrawal() {
        assertThat(activityEvents()).allSatisfy(c -> assertThat(
                ActivityStatement.class.isAssignableFrom(c) || ActivityWithdrawn.class.isAssignableFrom(c))
                .as(c.getName() + " implements ActivityStatement (or one of its kinds) or ActivityWithdrawn")
                .isTrue());
    }

    @Test
    void everyKindHasExactlyOneRecordedOneCorrectedAndOneWithdrawnEvent() throws Exception {
        List<String> found = new ArrayList<>();
        for (Class<?> c : activityEvents()) {
            Object event = sample(c);
            for (Class<?> role : List.of(ActivityRecorded.class, ActivityCorrected.class, ActivityWithdrawn.class)) {
                if (role.isInstance(event)) {
                    Activity kind = event instanceof ActivityWithdrawn w ? w.activity() : ((ActivityStatement) event).activity();
                    found.add(kind + " " + role.getSimpleName());
                }
            }
        }
        List<String> expected = new ArrayList<>();
        for (Activity kind : Activity.values()) {
            expected.addAll(List.of(kind + " ActivityRecorded", kind + " ActivityCorrected", kind + " ActivityWithdrawn"));
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** The lookups tell by this which of a record's days a statement replaces: its own, or its decision's. */
    @Test
    void everyStatementIsTheRecordsRecordingItsCorrectionOrADecisionOnIt() {
        List<Class<?>> roles = List.of(ActivityRecorded.class, ActivityCorrected.class, ActivityDecided.class);
        assertThat(activityEvents()).filteredOn(ActivityStatement.class::isAssignableFrom).allSatisfy(c -> assertThat(
                roles.stream().filter(role -> role.isAssignableFrom(c)).toList())
                .as(c.getName()).hasSize(1));
    }

    @Test
    void theRecordIdIsTheEventsFirstComponent() throws Exception {
        for (Class<?> c : activityEvents()) {
            Object event = sample(c);
            Object first = c.getRecordComponents()[0].getAccessor().invoke(event);
            String recordId = event instanceof ActivityWithdrawn w ? w.recordId() : ((ActivityStatement) event).recordId();
            assertThat(recordId).as(c.getName()).isEqualTo(first);
        }
    }

    @Test
    void anActivityEventIsSerializedAsItsComponentsAlone() throws Exception {
        for (Class<?> c : activityEvents()) {
            List<String> properties = new ArrayList<>();
            mapper.valueToTree(sample(c)).fieldNames().forEachRemaining(properties::add);
            assertThat(properties).as(c.getName())
                    .containsExactlyElementsOf(Arrays.stream(c.getRecordComponents()).map(RecordComponent::getName).toList());
        }
    }

    @Test
    void noInterfaceOfTheContractDeclaresABeanGetterThatJacksonWouldSerialize() {
        List<Class<?>> interfaces = ContractConventionsTest.contractClasses().stream().filter(Class::isInterface).toList();
        assertThat(interfaces).contains(ActivityStatement.class, ActivityWithdrawn.class);
        assertThat(interfaces).allSatisfy(i -> {
            for (Method method : i.getDeclaredMethods()) {
                assertThat(method.getName()).as(i.getName()).doesNotStartWith("get").doesNotStartWith("is");
            }
        });
    }

    @Test
    void aMeetingNamesItsParticipantsAndItsBodyOnTheDayItWasHeld() {
        LocalDate heldOn = LocalDate.of(2020, 6, 4);
        ActivityStatement meeting = new MeetingHeldEvent("m1", MeetingKind.COMMISSION_SESSION, "Профилактика", heldOn,
                null, "b1", List.of("n1", "n2"), List.of(), null);

        assertThat(meeting.activity()).isEqualTo(Activity.MEETING);
        assertThat(meeting.occurredOn()).isEqualTo(heldOn);
        assertThat(meeting.ncoIds()).containsExactly("n1", "n2");
        assertThat(meeting.bodyIds()).containsExactly("b1");
    }

    @Test
    void supportNamesItsOneNcoAndNoBody() throws Exception {
        ActivityStatement support = (ActivityStatement) sample(SupportRecordedEvent.class);

        assertThat(support.ncoIds()).containsExactly(((SupportRecordedEvent) support).ncoId());
        assertThat(support.bodyIds()).isEmpty();
    }
}
