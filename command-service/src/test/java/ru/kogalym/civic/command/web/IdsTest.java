package ru.kogalym.civic.command.web;

import org.junit.jupiter.api.Test;
import ru.kogalym.civic.command.common.InvalidCommandException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdsTest {

    @Test
    void aNewIdIsAVersion7UuidThatBeginsWithTheMillisecondItWasMadeIn() {
        long before = System.currentTimeMillis();
        UUID id = UUID.fromString(Ids.givenOrNew("id", null));
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    /** Thousands a millisecond here: within one, the ids still go up (the generator counts on from the last). */
    @Test
    void eachNewIdSortsAfterTheOneBefore() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add(Ids.givenOrNew("id", null));
        }
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i)).as("id %d", i).isGreaterThan(ids.get(i - 1));
        }
    }

    @Test
    void idsMadeAtOnceOnSeveralThreadsAreAllDifferent() throws Exception {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 10_000; i++) {
                        ids.add(Ids.givenOrNew("id", null));
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(ids).hasSize(40_000);
    }

    @Test
    void theClientsIdIsKeptAndAMalformedOneRefusedNamingTheField() {
        assertThat(Ids.givenOrNew("raidId", "raid-2020-06-19")).isEqualTo("raid-2020-06-19");
        assertThatThrownBy(() -> Ids.givenOrNew("raidId", "no spaces"))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                                        e -> assertThat(e.field()).isEqualTo("raidId"));
    }
}
