package ru.kogalym.civic.contract.nco;

import org.axonframework.serialization.Revision;

/** The NCO's OGRN and INN became known; both fields carry the NCO's values after the event (null: unknown). */
@Revision("1")
public record NcoIdentifiersRecordedEvent(
        String ncoId,
        String ogrn,
        String inn) {
}
