package ru.kogalym.civic.query.summary;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;
import ru.kogalym.civic.query.web.Money;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the municipality did with civil society in one year, as the annual report counts it. NCO figures are as of
 * 31 December; activities count in the year they happened, with their corrected values, withdrawn ones not at all.
 */
public record AnnualSummary(
        int year,
        Ncos ncos,
        Meetings meetings,
        int commissionSessionsWithNcos,
        Raids raids,
        EventParticipations eventParticipations,
        Support support,
        Grants grants,
        List<Priority> priorities,
        List<Priority> nextYearPriorities,
        @ArraySchema(arraySchema = @Schema(description = "the figures of this summary that rest on values the records "
                + "only illustrate, because their source does not give them (e.g. the 2020 scenario's leaflet counts "
                + "and registration dates); a report leaves them out"),
                schema = @Schema(allowableValues = {NEW_NCOS, LEAFLETS, RESIDENTS, RAIDS, EVENTS}))
        List<String> illustrative) {

    /** Immutable: one summary is shared by every request until its records change. */
    public AnnualSummary {
        priorities = List.copyOf(priorities);
        nextYearPriorities = List.copyOf(nextYearPriorities);
        illustrative = List.copyOf(illustrative);
    }

    /** A copy that cannot be changed, in the given order. */
    private static <V> Map<String, V> inOrder(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The figures that can rest on illustrative values, as {@link #illustrative} names them. */
    public static final String NEW_NCOS = "ncos.registeredDuringYear";
    public static final String LEAFLETS = "raids.leafletsDistributed";
    public static final String RESIDENTS = "raids.residentsReached";
    public static final String RAIDS = "raids.count";
    public static final String EVENTS = "eventParticipations.total";

    /** Whether the figure (e.g. {@link #LEAFLETS}) rests on illustrative values, so a report should not state it. */
    public boolean isIllustrative(String figure) {
        return illustrative.contains(figure);
    }

    /** An NCO by its names as of 31 December. */
    public record NcoName(String ncoId, String fullName, @Nullable String shortName, @Nullable String nameTranslation) {
    }

    /**
     * NCOs in the municipal registry on 31 December; the lists name the state-registered and the other ones. The API
     * answers the lists page by page ({@code /api/summaries/{year}/ncos}), not in the summary: at a region's scale
     * they are megabytes, where the figures are a few hundred bytes.
     */
    public record Ncos(int total, int stateRegistered, int notStateRegistered, int sonco, int registeredDuringYear,
                       int liquidatedDuringYear, @JsonIgnore List<NcoName> stateRegisteredNcos,
                       @JsonIgnore List<NcoName> notStateRegisteredNcos) {

        public Ncos {
            stateRegisteredNcos = List.copyOf(stateRegisteredNcos);
            notStateRegisteredNcos = List.copyOf(notStateRegisteredNcos);
        }
    }

    /** Meetings held in the year, per kind (every kind listed, zeros included). */
    public record Meetings(int total, Map<String, Integer> byKind) {

        public Meetings {
            byKind = inOrder(byKind);
        }
    }

    public record Raids(int count, long leafletsDistributed, long residentsReached) {
    }

    public record EventParticipations(int total, Map<String, Integer> byKind) {

        public EventParticipations {
            byKind = inOrder(byKind);
        }
    }

    /** Support given in the year; {@code financialAmount} sums the amounts of FINANCIAL support. */
    public record Support(int total, Map<String, Integer> byKind,
                          @Schema(description = Money.ROUBLES, example = "150000.50") BigDecimal financialAmount) {

        public Support {
            byKind = inOrder(byKind);
        }
    }

    /**
     * Applications count in the year they were made, decisions in the year they were taken; {@code awardedAmount}
     * sums the awarded amounts.
     */
    public record Grants(int applied, int awarded, int rejected,
                         @Schema(description = Money.ROUBLES, example = "450000.00") BigDecimal awardedAmount,
                         Map<String, GrantLevelFigures> byLevel) {

        public Grants {
            byLevel = inOrder(byLevel);
        }
    }

    public record GrantLevelFigures(int applied, int awarded, int rejected,
                                    @Schema(description = Money.ROUBLES, example = "450000.00") BigDecimal awardedAmount) {
    }

    public record Priority(String taskId, String title, @Nullable String description, boolean done) {
    }
}
