package ru.kogalym.civic.command.lookup;

import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.council.BodyDissolvedEvent;
import ru.kogalym.civic.contract.council.BodyEstablishedEvent;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.contract.council.CouncilArea;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.NcoLiquidatedEvent;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLookupUpdaterTest {

    private static final String NCO_ID = "nco-nur";
    private static final LocalDate REGISTERED_ON = LocalDate.of(2016, 4, 1);
    private static final LocalDate LIQUIDATED_ON = LocalDate.of(2020, 12, 1);
    private static final String COUNCIL_ID = "council-culture";
    private static final LocalDate ESTABLISHED_ON = LocalDate.of(2015, 1, 20);
    private static final LocalDate DISSOLVED_ON = LocalDate.of(2021, 1, 20);

    private final InMemoryNcoLookup ncoLookup = new InMemoryNcoLookup();
    private final InMemoryBodyLookup bodyLookup = new InMemoryBodyLookup();
    private final CommandLookupUpdater updater = new CommandLookupUpdater(ncoLookup, bodyLookup);

    private static NcoRegisteredEvent registered() {
        return new NcoRegisteredEvent(NCO_ID, "КГОО «НУР»", "НУР", null, LegalForm.CITY_PUBLIC_ORGANIZATION,
                "татары и башкиры", null, null, null, null, REGISTERED_ON, null);
    }

    @Test
    void knowsRegisteredNcoAndItsLiquidation() {
        updater.on(registered());
        updater.on(new NcoLiquidatedEvent(NCO_ID, LIQUIDATED_ON, null));

        assertThat(ncoLookup.find(NCO_ID)).contains(new NcoStatus(REGISTERED_ON, LIQUIDATED_ON));
    }

    @Test
    void handlesTheSameEventsTwiceWithTheSameResult() {
        updater.on(registered());
        updater.on(new NcoLiquidatedEvent(NCO_ID, LIQUIDATED_ON, null));
        updater.on(registered());
        updater.on(new NcoLiquidatedEvent(NCO_ID, LIQUIDATED_ON, null));

        assertThat(ncoLookup.find(NCO_ID)).contains(new NcoStatus(REGISTERED_ON, LIQUIDATED_ON));
    }

    @Test
    void knowsEstablishedBodyAndItsDissolution() {
        updater.on(new BodyEstablishedEvent(COUNCIL_ID, BodyKind.COUNCIL, "Общественный Совет по культуре",
                CouncilArea.CULTURE, ESTABLISHED_ON));
        assertThat(bodyLookup.find(COUNCIL_ID)).contains(new BodyStatus(BodyKind.COUNCIL, ESTABLISHED_ON, null));

        updater.on(new BodyDissolvedEvent(COUNCIL_ID, BodyKind.COUNCIL, "Общественный Совет по культуре",
                DISSOLVED_ON, null));
        assertThat(bodyLookup.find(COUNCIL_ID))
                .contains(new BodyStatus(BodyKind.COUNCIL, ESTABLISHED_ON, DISSOLVED_ON));
    }

    @Test
    void knowsNothingOfAnNcoItWasNotTold() {
        assertThat(ncoLookup.find(NCO_ID)).isEmpty();
        assertThat(bodyLookup.find(COUNCIL_ID)).isEmpty();
    }
}
