package ru.kogalym.civic.launcher;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The services share nothing but the message contract and MongoDB; the contract knows no framework but Axon's annotations. */
class BoundariesTest {

    private final JavaClasses all = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the other modules' test clients this module's tests use (test-jars), which are no part of a service
            .withImportOption(location -> !location.contains("-tests.jar"))
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

    /**
     * A class of a service is public only when another package uses it (packages by feature, as AxonIQ's
     * giftcard-demo holds them): everything else stays package-private, so a feature's insides cannot leak.
     */
    /** Public for a use ArchUnit cannot see in the bytecode. */
    private static final Set<String> PUBLIC_FOR_AN_UNSEEN_USE = Set.of(
            // Tomcat instantiates its error report valve by class name
            "ru.kogalym.civic.command.web.ProblemErrorReportValve", "ru.kogalym.civic.query.web.ProblemErrorReportValve",
            // constants only, which javac copies into the classes that read them
            "ru.kogalym.civic.command.common.Limits", "ru.kogalym.civic.command.lookup.CommandLookupUpdater",
            "ru.kogalym.civic.command.lookup.CommandLookupRepair",
            // used as a type argument only
            "ru.kogalym.civic.query.web.PageRequest",
            // its nested Reference types other packages' lambdas, whose erased bytecode does not name it
            "ru.kogalym.civic.command.lookup.ActivityReferences",
            // their nested request records are what the staff pages' forms submit (StaffForms): a nested class's use
            "ru.kogalym.civic.command.nco.NcoRequests", "ru.kogalym.civic.command.meeting.MeetingRequests",
            "ru.kogalym.civic.command.raid.RaidRequests", "ru.kogalym.civic.command.support.SupportRequests",
            // the support register's test feeds it events from another package
            "ru.kogalym.civic.query.nco.NcoRegistryProjection", "ru.kogalym.civic.query.journal.ActivityJournalProjection",
            // other packages' tests build their projections over these read models
            "ru.kogalym.civic.query.projection.InMemoryReadModels", "ru.kogalym.civic.query.projection.MongoReadModels",
            // the public problems' superclass, whose field() other packages call through them
            "ru.kogalym.civic.query.web.FieldProblem");

    @Test
    void aServiceClassIsPublicOnlyWhenAnotherPackageUsesIt() {
        classes().that().resideInAnyPackage("ru.kogalym.civic.command..", "ru.kogalym.civic.query..")
                 .and().arePublic().and().areTopLevelClasses()
                 .should(new ArchCondition<JavaClass>("be used from another package") {
                     @Override
                     public void check(JavaClass javaClass, ConditionEvents events) {
                         boolean usedElsewhere = javaClass.getDirectDependenciesToSelf().stream()
                                 .anyMatch(dependency -> !dependency.getOriginClass().getPackageName()
                                                                    .equals(javaClass.getPackageName()));
                         if (!usedElsewhere && !PUBLIC_FOR_AN_UNSEEN_USE.contains(javaClass.getName())) {
                             events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                                     + " is public but no other package uses it"));
                         }
                     }
                 })
                 .check(all);
    }
}
