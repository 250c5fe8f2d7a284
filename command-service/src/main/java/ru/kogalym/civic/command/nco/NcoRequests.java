package ru.kogalym.civic.command.nco;

import ru.kogalym.civic.contract.nco.ChangeNcoAddressCommand;
import ru.kogalym.civic.contract.nco.ChangeNcoLeaderCommand;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.LiquidateNcoCommand;
import ru.kogalym.civic.contract.nco.RecognizeSoncoCommand;
import ru.kogalym.civic.contract.nco.RecordNcoIdentifiersCommand;
import ru.kogalym.civic.contract.nco.RecordStateRegistrationCommand;
import ru.kogalym.civic.contract.nco.RecordStateRegistryExclusionCommand;
import ru.kogalym.civic.contract.nco.RegisterNcoCommand;
import ru.kogalym.civic.contract.nco.RenameNcoCommand;
import ru.kogalym.civic.contract.nco.StateRegistration;
import ru.kogalym.civic.contract.nco.WithdrawSoncoStatusCommand;

import java.time.LocalDate;

/** The request bodies of {@link NcoController}; each maps onto one command (the NCO's id comes from the path). */
public final class NcoRequests {

    private NcoRequests() {
    }

    /** {@code POST /api/ncos}; {@code id} is optional (a UUID is generated). */
    public record RegisterNcoRequest(String id, String fullName, String shortName, String nameTranslation,
                                     LegalForm legalForm, String community, String ogrn, String inn, String address,
                                     String leader, LocalDate registeredOn, StateRegistration stateRegistration) {

        RegisterNcoCommand toCommand(String ncoId) {
            return new RegisterNcoCommand(ncoId, fullName, shortName, nameTranslation, legalForm, community, ogrn, inn,
                    address, leader, registeredOn, stateRegistration);
        }
    }

    public record StateRegistrationRequest(LocalDate registeredOn, String number) {

        RecordStateRegistrationCommand toCommand(String ncoId) {
            return new RecordStateRegistrationCommand(ncoId, registeredOn, number);
        }
    }

    public record StateRegistryExclusionRequest(LocalDate excludedOn, String reason) {

        RecordStateRegistryExclusionCommand toCommand(String ncoId) {
            return new RecordStateRegistryExclusionCommand(ncoId, excludedOn, reason);
        }
    }

    public record LiquidationRequest(LocalDate liquidatedOn, String reason) {

        LiquidateNcoCommand toCommand(String ncoId) {
            return new LiquidateNcoCommand(ncoId, liquidatedOn, reason);
        }
    }

    public record RenamingRequest(String fullName, String shortName, String nameTranslation, LocalDate renamedOn) {

        RenameNcoCommand toCommand(String ncoId) {
            return new RenameNcoCommand(ncoId, fullName, shortName, nameTranslation, renamedOn);
        }
    }

    public record LeaderChangeRequest(String leader, LocalDate changedOn) {

        ChangeNcoLeaderCommand toCommand(String ncoId) {
            return new ChangeNcoLeaderCommand(ncoId, leader, changedOn);
        }
    }

    public record AddressChangeRequest(String address, LocalDate changedOn) {

        ChangeNcoAddressCommand toCommand(String ncoId) {
            return new ChangeNcoAddressCommand(ncoId, address, changedOn);
        }
    }

    public record IdentifiersRequest(String ogrn, String inn) {

        RecordNcoIdentifiersCommand toCommand(String ncoId) {
            return new RecordNcoIdentifiersCommand(ncoId, ogrn, inn);
        }
    }

    public record SoncoRecognitionRequest(LocalDate recognizedOn) {

        RecognizeSoncoCommand toCommand(String ncoId) {
            return new RecognizeSoncoCommand(ncoId, recognizedOn);
        }
    }

    public record SoncoWithdrawalRequest(LocalDate withdrawnOn, String reason) {

        WithdrawSoncoStatusCommand toCommand(String ncoId) {
            return new WithdrawSoncoStatusCommand(ncoId, withdrawnOn, reason);
        }
    }
}
