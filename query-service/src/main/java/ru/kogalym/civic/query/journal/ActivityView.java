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
import java.util.function.BiFunction;

import static ru.kogalym.civic.query.journal.JournalDetail.*;

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

    /** The entry with its NCOs named by {@code names} (id and date to name, null when unknown). */
    static ActivityView of(ActivityEntry e, BiFunction<String, LocalDate, String> names) {
        return new ActivityView(e.id(), e.kind(), e.date(), e.title(), e.ncoIds(), ncoNames(e, names),
                                text(e, MEETING_KIND), text(e, VENUE), text(e, BODY_ID), texts(e, OTHER_PARTICIPANTS),
                                text(e, MINUTES), text(e, LOCATION), texts(e, OFFICIALS),
                                number(e, LEAFLETS_DISTRIBUTED), number(e, RESIDENTS_REACHED), text(e, EVENT_KIND),
                                number(e, PARTICIPANTS_COUNT), text(e, SUPPORT_KIND), amount(e, AMOUNT),
                                date(e, PERIOD_FROM), date(e, PERIOD_TO), text(e, PROVIDED_BY), text(e, LEVEL),
                                text(e, CONTEST), amount(e, AMOUNT_REQUESTED), text(e, STATUS),
                                date(e, DECIDED_ON), amount(e, AMOUNT_AWARDED), text(e, DECISION_REASON),
                                e.withdrawn(), e.withdrawn() ? e.withdrawnReason() : null, e.corrections(),
                                e.lastCorrectionReason(), e.recordedAt(), e.issuedBy());
    }

    static List<String> ncoNames(ActivityEntry e, BiFunction<String, LocalDate, String> names) {
        return e.ncoIds().stream().map(id -> {
            String name = names.apply(id, e.date());
            return name == null ? id : name;
        }).toList();
    }

    // the casts hold by JournalDetail.shown's contract for each form

    private static String text(ActivityEntry e, JournalDetail detail) {
        return (String) e.shown(detail);
    }

    private static Integer number(ActivityEntry e, JournalDetail detail) {
        return (Integer) e.shown(detail);
    }

    private static BigDecimal amount(ActivityEntry e, JournalDetail detail) {
        return (BigDecimal) e.shown(detail);
    }

    private static LocalDate date(ActivityEntry e, JournalDetail detail) {
        return (LocalDate) e.shown(detail);
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(ActivityEntry e, JournalDetail detail) {
        return (List<String>) e.shown(detail);
    }
}
