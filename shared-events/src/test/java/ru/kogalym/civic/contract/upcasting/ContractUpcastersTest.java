package ru.kogalym.civic.contract.upcasting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.grant.GrantAppliedForEvent;
import ru.kogalym.civic.contract.grant.GrantAwardedEvent;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Events stored in roubles (revision 1), as the event store hands them to the chain, read as today's records. */
class ContractUpcastersTest {

    /** As the event store's serializer reads JSON: decimals as BigDecimal, dates as ISO text. */
    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(JsonMapper.builder().addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .build())
            .build();

    @Test
    void aGrantApplicationStoredInRoublesIsReadInKopecks() {
        GrantAppliedForEvent event = read(GrantAppliedForEvent.class, "1", """
                {"grantApplicationId": "grant-1", "ncoId": "nco-1", "level": "OKRUG", "contest": "Конкурс",
                 "project": "Дом Дружбы", "amountRequested": 499000.50, "appliedOn": "2020-03-01"}""");

        assertThat(event).isEqualTo(new GrantAppliedForEvent("grant-1", "nco-1", GrantLevel.OKRUG, "Конкурс",
                "Дом Дружбы", 49_900_050L, LocalDate.of(2020, 3, 1)));
    }

    @Test
    void anAwardKeepsBothItsSums() {
        GrantAwardedEvent event = read(GrantAwardedEvent.class, "1", """
                {"grantApplicationId": "grant-1", "ncoId": "nco-1", "level": "FEDERAL", "contest": "Фонд",
                 "project": "Школа", "amountRequested": 500000, "amountAwarded": 1E+5, "decidedOn": "2020-05-01"}""");

        assertThat(event.amountRequestedKopecks()).isEqualTo(50_000_000L);
        assertThat(event.amountAwardedKopecks()).isEqualTo(10_000_000L);
    }

    @Test
    void everySpellingOfAnAmountEarlierVersionsAcceptedIsExact() {
        assertThat(supportAmount("0.1")).isEqualTo(10L);
        assertThat(supportAmount("0.01")).isEqualTo(1L);
        assertThat(supportAmount("150000.00")).isEqualTo(15_000_000L);
        assertThat(supportAmount("999999999999.99")).isEqualTo(99_999_999_999_999L);
        assertThat(supportAmount("\"2.05\"")).isEqualTo(205L);
    }

    @Test
    void supportWithoutAnAmountStaysWithoutOne() {
        assertThat(supportAmount("null")).isNull();
        assertThat(read(SupportRecordedEvent.class, "1", """
                {"supportId": "s-1", "ncoId": "nco-1", "kind": "CONSULTATIVE", "providedOn": "2020-04-01",
                 "description": "Консультация", "providedBy": "Администрация"}""").amountKopecks()).isNull();
    }

    @Test
    void aFractionOfAKopeckIsRefusedRatherThanRounded() {
        assertThatThrownBy(() -> supportAmount("100.005"))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("amount");
    }

    @Test
    void anEventAlreadyInKopecksIsLeftAsItIs() {
        SupportRecordedEvent event = read(SupportRecordedEvent.class, "2", """
                {"supportId": "s-1", "ncoId": "nco-1", "kind": "FINANCIAL", "providedOn": "2020-04-01",
                 "description": "Субсидия", "amountKopecks": 12345, "providedBy": "Администрация"}""");

        assertThat(event).isEqualTo(new SupportRecordedEvent("s-1", "nco-1", SupportKind.FINANCIAL,
                LocalDate.of(2020, 4, 1), "Субсидия", 12_345L, null, null, "Администрация"));
    }

    @Test
    void theEventStoreFindsTheChainOnTheClassPath() {
        assertThat(ServiceLoader.load(EventUpcaster.class).stream().map(ServiceLoader.Provider::type))
                .contains(ContractUpcasters.class);
    }

    private Long supportAmount(String roubles) {
        return read(SupportRecordedEvent.class, "1", """
                {"supportId": "s-1", "ncoId": "nco-1", "kind": "FINANCIAL", "providedOn": "2020-04-01",
                 "description": "Субсидия", "amount": %s, "providedBy": "Администрация"}""".formatted(roubles))
                .amountKopecks();
    }

    private <T> T read(Class<T> type, String storedRevision, String storedJson) {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("Aggregate", "a-1", 0, "e-1",
                Instant.EPOCH, type.getName(), storedRevision, storedJson, "{}");
        List<IntermediateEventRepresentation> read = new ContractUpcasters()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
        assertThat(read).hasSize(1);
        SerializedObject<?> data = read.get(0).getData();
        assertThat(data.getType().getRevision()).isEqualTo(type.getAnnotation(Revision.class).value());
        return type.cast(serializer.deserialize(data));
    }
}
