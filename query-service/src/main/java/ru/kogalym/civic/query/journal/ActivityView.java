package ru.kogalym.civic.query.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;
import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.query.web.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One record of the activity journal as the API answers it. The values of the other kinds are absent, not null:
 * a meeting has no amount. The kinds' enum values are kept as the strings the read model stores.
 */
record ActivityView(
        String id,
        ActivityKind kind,
        @Nullable LocalDate date,
        @Nullable String title,
        List<String> ncoIds,
        @Schema(description = "the NCOs' names as they were on the record's date; the id where the NCO is unknown")
        List<String> ncoNames,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(implementation = MeetingKind.class) String meetingKind,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "Дом Дружбы") String venue,
        @JsonInclude(JsonInclude.Include.NON_NULL) String bodyId,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> otherParticipants,
        @JsonInclude(JsonInclude.Include.NON_NULL) String minutes,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "площадь на ул. Мира") String location,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> officials,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer leafletsDistributed,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer residentsReached,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(implementation = CityEventKind.class) String eventKind,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer participantsCount,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(implementation = SupportKind.class) String supportKind,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = Money.ROUBLES, example = "150000.50")
        BigDecimal amount,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate periodFrom,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate periodTo,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "Администрация города Когалыма") String providedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(implementation = GrantLevel.class) String level,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "Конкурс Югры") String contest,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = Money.ROUBLES, example = "150000.50")
        BigDecimal amountRequested,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(implementation = GrantStatus.class) String status,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate decidedOn,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = Money.ROUBLES, example = "150000.50")
        BigDecimal amountAwarded,
        @JsonInclude(JsonInclude.Include.NON_NULL) String decisionReason,
        boolean withdrawn,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "внесено дважды") String withdrawnReason,
        int corrections,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "забыли НКО") String lastCorrectionReason,
        @Nullable String recordedAt,
        @Nullable String issuedBy) {

    /** The details that are sums of money, kept in kopecks. */
    private static final Set<String> AMOUNTS = Set.of("amount", "amountRequested", "amountAwarded");

    /** The entry with its NCOs named by {@code names} (id and date to name, null when unknown). */
    static ActivityView of(ActivityEntry e, BiFunction<String, LocalDate, String> names) {
        Map<String, Object> d = e.details();
        return new ActivityView(e.id(), e.kind(), e.date(), e.title(), e.ncoIds(), ncoNames(e, names),
                                text(d, "meetingKind"), text(d, "venue"), text(d, "bodyId"), list(d, "otherParticipants"),
                                text(d, "minutes"), text(d, "location"), list(d, "officials"),
                                number(d, "leafletsDistributed"), number(d, "residentsReached"), text(d, "eventKind"),
                                number(d, "participantsCount"), text(d, "supportKind"), amount(d, "amount"),
                                date(d, "periodFrom"), date(d, "periodTo"), text(d, "providedBy"), text(d, "level"),
                                text(d, "contest"), amount(d, "amountRequested"), text(d, "status"),
                                date(d, "decidedOn"), amount(d, "amountAwarded"), text(d, "decisionReason"),
                                e.withdrawn(), e.withdrawn() ? e.withdrawnReason() : null, e.corrections(),
                                e.lastCorrectionReason(), e.recordedAt(), e.issuedBy());
    }

    static List<String> ncoNames(ActivityEntry e, BiFunction<String, LocalDate, String> names) {
        return e.ncoIds().stream().map(id -> {
            String name = names.apply(id, e.date());
            return name == null ? id : name;
        }).toList();
    }

    private static String text(Map<String, Object> details, String key) {
        Object value = details.get(key);
        return value == null ? null : value.toString();
    }

    private static Integer number(Map<String, Object> details, String key) {
        return details.get(key) instanceof Number n ? n.intValue() : null;
    }

    /** A detail as the API and the CSV show it: an amount (kept in kopecks) in roubles with kopecks. */
    static Object shown(String key, Object value) {
        return AMOUNTS.contains(key) ? Money.roubles(Money.storedKopecks(value)) : value;
    }

    private static BigDecimal amount(Map<String, Object> details, String key) {
        return (BigDecimal) shown(key, details.get(key));
    }

    // dates are kept as text so that the read model compares and stores them exactly
    private static LocalDate date(Map<String, Object> details, String key) {
        String value = text(details, key);
        return value == null ? null : LocalDate.parse(value);
    }

    private static List<String> list(Map<String, Object> details, String key) {
        return details.get(key) instanceof List<?> values ? values.stream().map(String::valueOf).toList() : null;
    }
}
