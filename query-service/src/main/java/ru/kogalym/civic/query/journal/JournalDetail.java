package ru.kogalym.civic.query.journal;

import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.query.web.ExportLabels;
import ru.kogalym.civic.query.web.Money;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a journal record keeps beyond the values every kind shares, each detail named here once: the key it is stored
 * under in the read model's {@code details} (and labelled under {@code detail.<key>} in the bundles), the form its
 * value is kept in, and for a code the enumeration it names a constant of. The projection writes details and every
 * page, export and dataset reads them through this, so the key and the form cannot differ between writer and reader.
 */
public enum JournalDetail {
    MEETING_KIND("meetingKind", Form.CODE, MeetingKind.class),
    VENUE("venue", Form.TEXT),
    BODY_ID("bodyId", Form.ID),
    OTHER_PARTICIPANTS("otherParticipants", Form.TEXTS),
    MINUTES("minutes", Form.TEXT),
    LOCATION("location", Form.TEXT),
    OFFICIALS("officials", Form.TEXTS),
    LEAFLETS_DISTRIBUTED("leafletsDistributed", Form.NUMBER),
    RESIDENTS_REACHED("residentsReached", Form.NUMBER),
    EVENT_KIND("eventKind", Form.CODE, CityEventKind.class),
    PARTICIPANTS_COUNT("participantsCount", Form.NUMBER),
    SUPPORT_KIND("supportKind", Form.CODE, SupportKind.class),
    AMOUNT("amount", Form.AMOUNT),
    PERIOD_FROM("periodFrom", Form.DATE),
    PERIOD_TO("periodTo", Form.DATE),
    PROVIDED_BY("providedBy", Form.TEXT),
    LEVEL("level", Form.CODE, GrantLevel.class),
    CONTEST("contest", Form.TEXT),
    AMOUNT_REQUESTED("amountRequested", Form.AMOUNT),
    STATUS("status", Form.CODE, GrantStatus.class),
    DECIDED_ON("decidedOn", Form.DATE),
    AMOUNT_AWARDED("amountAwarded", Form.AMOUNT),
    DECISION_REASON("decisionReason", Form.TEXT);

    /** How a value is stored, and how the API and the exports show it. */
    enum Form {
        /** Text, stored and shown as it is. */
        TEXT,
        /** Another record's id: in the API and the exports, not on the pages, where an id says nothing to a reader. */
        ID,
        /** A list of texts; an empty list is not stored. */
        TEXTS,
        /** A whole number. */
        NUMBER,
        /** A day, stored as ISO text so that the read model compares and stores it exactly. */
        DATE,
        /** A sum of money, stored in whole kopecks and shown in roubles with kopecks ({@link Money}). */
        AMOUNT,
        /** A constant of an enumeration, stored by name and shown by its label where people read it. */
        CODE
    }

    private static final Map<String, JournalDetail> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(JournalDetail::key, Function.identity()));

    private final String key;
    private final Form form;
    private final Class<? extends Enum<?>> codes;

    JournalDetail(String key, Form form) {
        this(key, form, null);
    }

    JournalDetail(String key, Form form, Class<? extends Enum<?>> codes) {
        this.key = key;
        this.form = form;
        this.codes = codes;
    }

    public String key() {
        return key;
    }

    /** The detail stored under {@code key}; empty for a key no kind writes (a read model from an older build). */
    public static Optional<JournalDetail> named(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    public boolean isCode() {
        return form == Form.CODE;
    }

    public boolean isAmount() {
        return form == Form.AMOUNT;
    }

    /** Whether the pages show it (and so word it); the API and the exports show every detail. */
    public boolean isOnPages() {
        return form != Form.ID;
    }

    /** The value as the read model keeps it; null where there is none. */
    Object stored(Object value) {
        if (value == null) {
            return null;
        }
        return switch (form) {
            case CODE -> value instanceof Enum<?> constant ? constant.name() : value.toString();
            case DATE -> value.toString();
            case TEXTS -> value instanceof List<?> list && list.isEmpty() ? null : value;
            case TEXT, ID, NUMBER, AMOUNT -> value;
        };
    }

    /**
     * A stored value as the API and the exports show it: text ({@code String}, a code's name too), a whole number
     * ({@code Integer}), a day ({@code LocalDate}), roubles with kopecks ({@code BigDecimal}) or a list of texts;
     * null where there is none.
     */
    public Object shown(Object stored) {
        if (stored == null) {
            return null;
        }
        return switch (form) {
            case TEXT, ID, CODE -> stored.toString();
            case TEXTS -> stored instanceof List<?> values ? values.stream().map(String::valueOf).toList() : null;
            case NUMBER -> stored instanceof Number n ? n.intValue() : null;
            case DATE -> LocalDate.parse(stored.toString());
            case AMOUNT -> Money.roubles(Money.storedKopecks(stored));
        };
    }

    /** The enumeration a code names a constant of; null for any other detail. */
    Class<? extends Enum<?>> codes() {
        return codes;
    }

    /** The simple name of the enumeration a code names a constant of ({@link ExportLabels}' type); null otherwise. */
    public String codeType() {
        return codes == null ? null : codes.getSimpleName();
    }

    /** A stored code as people read it; null where the detail is no code or has no value. */
    public String codeLabel(Object stored) {
        return codes == null || stored == null ? null : ExportLabels.of(codeType(), stored);
    }

    static Values details(JournalDetail detail, Object value) {
        return new Values().and(detail, value);
    }

    /** Details being written, in the order given, each in its stored form; a null stays ("remove" in a correction). */
    static final class Values {

        private final Map<String, Object> stored = new LinkedHashMap<>();

        Values and(JournalDetail detail, Object value) {
            stored.put(detail.key, detail.stored(value));
            return this;
        }

        Map<String, Object> stored() {
            return stored;
        }
    }
}
