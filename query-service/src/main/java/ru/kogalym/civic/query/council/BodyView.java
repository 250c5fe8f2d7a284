package ru.kogalym.civic.query.council;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;
import ru.kogalym.civic.contract.council.BodyKind;

import java.time.LocalDate;
import java.util.List;

/**
 * A council or commission as of a date ({@code asOf} null: everything recorded), with its members on that date
 * in Russian alphabetical order of their names.
 */
record BodyView(String id, BodyKind kind,
                @Schema(example = "Комиссия по противодействию экстремистской деятельности") String name,
                @Nullable String area, @Nullable LocalDate establishedOn,
                @Nullable LocalDate asOf, boolean established, boolean dissolved, @Nullable LocalDate dissolvedOn,
                @Nullable String dissolutionReason, List<Member> members) {

    /** A member: an NCO (named as it was called on the date) or a person. */
    @Schema(name = "BodyMember")
    record Member(@Nullable String memberId, @Nullable String ncoId, @Nullable String name, @Nullable String person,
                  @Nullable String role, @Nullable LocalDate addedOn) {
    }
}
