package ru.kogalym.civic.contract.nco;

import org.axonframework.serialization.Revision;

/**
 * The NCO was registered by mistake and is withdrawn, for {@code reason}: it leaves the registry and nothing more can
 * happen to it. The OGRN and INN it held (null: none) are free for another registration.
 */
@Revision("1")
public record NcoWithdrawnEvent(
        String ncoId,
        String reason,
        String ogrn,
        String inn) {
}
