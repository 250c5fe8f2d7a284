package ru.kogalym.civic.command.scenario;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.kogalym.civic.command.web.Http;
import ru.kogalym.civic.eventstore.TestMongo;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The 2020 scenario into a store where staff recorded other things under ids the scenario uses. */
class Scenario2020TakenIdsTest extends OwnStoreTest {

    static final TestMongo MONGO = TestMongo.start();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useStore(registry, MONGO);
    }

    @AfterAll
    static void dropDatabase() {
        MONGO.database().drop();
    }

    @Test
    void everyTakenIdIsNamedInOneRefusalAndNothingIsRecorded() {
        Http http = staff();
        assertThat(http.postJson("/api/ncos", """
                {"id": "nco-slavic", "fullName": "Славянское общество", "legalForm": "OTHER",
                 "registeredOn": "2019-04-08"}""").status()).isEqualTo(201);
        assertThat(http.postJson("/api/raids", """
                {"id": "raid-2020-2", "heldOn": "2020-07-17", "location": "Площадь по улице Мира",
                 "purpose": "Памятки", "participantNcoIds": ["nco-slavic"], "leafletsDistributed": 10}""")
                .status()).isEqualTo(201);
        int before = allEvents().size();

        for (int attempt = 0; attempt < 2; attempt++) {
            Http.Reply refused = http.send("POST", "/api/scenarios/2020", null, null, Map.of());
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.field()).isEqualTo("id");
            assertThat(refused.json().path("detail").asText())
                    .startsWith("Nothing was recorded")
                    .contains("NCO nco-slavic", "raid raid-2020-2", "already taken")
                    .doesNotContain("raid-2020-1");
            assertThat(allEvents()).hasSize(before);
        }
    }
}
