package ru.kogalym.civic.command;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The shape of the command side's domain: aggregates hold rules, not infrastructure. */
class DomainArchitectureTest {

    private final JavaClasses commandSide = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.kogalym.civic.command");

    @Test
    void aggregatesKnowNothingOfMongoDbOrTheWeb() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..",
                        "org.springframework.web..", "jakarta.servlet..")
                .check(commandSide);
    }

    @Test
    void eventSourcingHandlersOnlyAssignState() {
        methods().that().areAnnotatedWith(EventSourcingHandler.class)
                .should().haveRawReturnType(void.class)
                .andShould().notBePublic()
                .check(commandSide);
    }

    @Test
    void theRulesAndLookupsDoNotDependOnTheAggregates() {
        noClasses().that().resideInAnyPackage("..command.common..", "..command.lookup..")
                .should().dependOnClassesThat().areAnnotatedWith(Aggregate.class)
                .check(commandSide);
    }
}
