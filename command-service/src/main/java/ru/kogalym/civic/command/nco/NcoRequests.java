package ru.kogalym.civic.command.nco;

import io.swagger.v3.oas.annotations.media.Schema;
import ru.kogalym.civic.contract.nco.ChangeNcoAddressCommand;
import ru.kogalym.civic.contract.nco.ChangeNcoLeaderCommand;
import ru.kogalym.civic.contract.nco.CorrectNcoRegistrationCommand;
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

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The request bodies of {@link NcoController}; each maps onto one command (the NCO's id comes from the path). */
public final class NcoRequests {

    private NcoRequests() {
    }

    /** {@code POST /api/ncos}; {@code id} is optional (a UUID is generated). */
    public record RegisterNcoRequest(
            @Schema(example = "nco-edinstvo") String id,
            @Schema(requiredMode = REQUIRED, example = "Местная общественная организация «Единство»") String fullName,
            @Schema(example = "Единство") String shortName,
            @Schema(example = "Unity") String nameTranslation,
            @Schema(requiredMode = REQUIRED) LegalForm legalForm,
            @Schema(example = "Дагестанская") String community,
            @Schema(example = "1028600512345") String ogrn,
            @Schema(example = "8608012345") String inn,
            @Schema(example = "г. Когалым, ул. Мира, д. 1") String address,
            @Schema(example = "Иванов Иван Иванович") String leader,
            @Schema(requiredMode = REQUIRED, example = "2015-03-12") LocalDate registeredOn,
            StateRegistration stateRegistration) {

        RegisterNcoCommand toCommand(String ncoId) {
            return new RegisterNcoCommand(ncoId, fullName, shortName, nameTranslation, legalForm, community, ogrn, inn,
                    address, leader, registeredOn, stateRegistration);
        }
    }

    /** What the registration recorded wrongly, every field anew, and why. */
    public record CorrectRegistrationRequest(
            @Schema(requiredMode = REQUIRED, example = "Местная общественная организация «Единство»") String fullName,
            @Schema(example = "Единство") String shortName,
            @Schema(example = "Unity") String nameTranslation,
            @Schema(requiredMode = REQUIRED) LegalForm legalForm,
            @Schema(example = "Дагестанская") String community,
            @Schema(requiredMode = REQUIRED, example = "2015-03-12") LocalDate registeredOn,
            @Schema(requiredMode = REQUIRED, example = "Дата регистрации введена с ошибкой") String reason) {

        CorrectNcoRegistrationCommand toCommand(String ncoId) {
            return new CorrectNcoRegistrationCommand(ncoId, fullName, shortName, nameTranslation, legalForm, community,
                    registeredOn, reason);
        }
    }

    public record StateRegistrationRequest(
            @Schema(requiredMode = REQUIRED, example = "2015-02-20") LocalDate registeredOn,
            @Schema(example = "8614010001") String number) {

        RecordStateRegistrationCommand toCommand(String ncoId) {
            return new RecordStateRegistrationCommand(ncoId, registeredOn, number);
        }
    }

    public record StateRegistryExclusionRequest(
            @Schema(requiredMode = REQUIRED, example = "2019-06-01") LocalDate excludedOn,
            @Schema(example = "Решение Минюста") String reason) {

        RecordStateRegistryExclusionCommand toCommand(String ncoId) {
            return new RecordStateRegistryExclusionCommand(ncoId, excludedOn, reason);
        }
    }

    public record LiquidationRequest(
            @Schema(requiredMode = REQUIRED, example = "2020-01-01") LocalDate liquidatedOn,
            @Schema(example = "Решение учредителей") String reason) {

        LiquidateNcoCommand toCommand(String ncoId) {
            return new LiquidateNcoCommand(ncoId, liquidatedOn, reason);
        }
    }

    public record RenamingRequest(
            @Schema(requiredMode = REQUIRED, example = "Местная общественная организация «Согласие»") String fullName,
            @Schema(example = "Согласие") String shortName,
            @Schema(example = "Concord") String nameTranslation,
            @Schema(requiredMode = REQUIRED, example = "2017-01-01") LocalDate renamedOn) {

        RenameNcoCommand toCommand(String ncoId) {
            return new RenameNcoCommand(ncoId, fullName, shortName, nameTranslation, renamedOn);
        }
    }

    public record LeaderChangeRequest(
            @Schema(requiredMode = REQUIRED, example = "Петров Пётр Петрович") String leader,
            @Schema(requiredMode = REQUIRED, example = "2017-02-01") LocalDate changedOn) {

        ChangeNcoLeaderCommand toCommand(String ncoId) {
            return new ChangeNcoLeaderCommand(ncoId, leader, changedOn);
        }
    }

    public record AddressChangeRequest(
            @Schema(requiredMode = REQUIRED, example = "г. Когалым, ул. Дружбы Народов, д. 7") String address,
            @Schema(requiredMode = REQUIRED, example = "2017-03-01") LocalDate changedOn) {

        ChangeNcoAddressCommand toCommand(String ncoId) {
            return new ChangeNcoAddressCommand(ncoId, address, changedOn);
        }
    }

    public record IdentifiersRequest(
            @Schema(example = "1028600512345") String ogrn,
            @Schema(example = "8608012345") String inn) {

        RecordNcoIdentifiersCommand toCommand(String ncoId) {
            return new RecordNcoIdentifiersCommand(ncoId, ogrn, inn);
        }
    }

    public record SoncoRecognitionRequest(
            @Schema(requiredMode = REQUIRED, example = "2018-01-15") LocalDate recognizedOn) {

        RecognizeSoncoCommand toCommand(String ncoId) {
            return new RecognizeSoncoCommand(ncoId, recognizedOn);
        }
    }

    public record SoncoWithdrawalRequest(
            @Schema(requiredMode = REQUIRED, example = "2019-01-15") LocalDate withdrawnOn,
            @Schema(example = "Утратило статус") String reason) {

        WithdrawSoncoStatusCommand toCommand(String ncoId) {
            return new WithdrawSoncoStatusCommand(ncoId, withdrawnOn, reason);
        }
    }
}
