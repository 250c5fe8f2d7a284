package ru.kogalym.civic.launcher;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The services share nothing but the message contract and MongoDB; the contract knows no framework but Axon's annotations. */
class BoundariesTest {

    private final JavaClasses all = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.kogalym.civic");

    @Test
    void theCommandServiceNeverUsesTheQueryService() {
        noClasses().that().resideInAPackage("ru.kogalym.civic.command..")
                   .should().dependOnClassesThat().resideInAPackage("ru.kogalym.civic.query..")
                   .check(all);
    }

    @Test
    void theQueryServiceNeverUsesTheCommandService() {
        noClasses().that().resideInAPackage("ru.kogalym.civic.query..")
                   .should().dependOnClassesThat().resideInAPackage("ru.kogalym.civic.command..")
                   .check(all);
    }

    @Test
    void theContractKnowsNoSpringWebOrMongo() {
        noClasses().that().resideInAPackage("ru.kogalym.civic.contract..")
                   .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                                                                      "org.bson..", "jakarta.servlet..",
                                                                      "ru.kogalym.civic.command..", "ru.kogalym.civic.query..",
                                                                      "ru.kogalym.civic.eventstore..")
                   .check(all);
    }

    @Test
    void theEventStoreKnowsNothingOfTheDomainOrTheServices() {
        noClasses().that().resideInAPackage("ru.kogalym.civic.eventstore..")
                   .should().dependOnClassesThat().resideInAnyPackage("ru.kogalym.civic.contract..",
                                                                      "ru.kogalym.civic.command..", "ru.kogalym.civic.query..")
                   .check(all);
    }

    @Test
    void identityKnowsNothingOfTheServicesOrTheEventStore() {
        noClasses().that().resideInAPackage("ru.kogalym.civic.identity..")
                   .should().dependOnClassesThat().resideInAnyPackage("ru.kogalym.civic.command..",
                                                                      "ru.kogalym.civic.query..",
                                                                      "ru.kogalym.civic.eventstore..")
                   .check(all);
    }
}
