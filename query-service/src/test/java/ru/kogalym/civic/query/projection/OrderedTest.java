package ru.kogalym.civic.query.projection;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OrderedTest {

    /** A record's view: the same record may come back with another key. */
    private record View(int record, int key) {
        static final Comparator<View> ORDER = Comparator.comparingInt(View::key).thenComparingInt(View::record);
    }

    @Test
    void aListingChangedByTakingOutAndPuttingInIsTheSortOfWhatItThenHolds() {
        Random random = new Random(3);
        List<View> views = new ArrayList<>();
        for (int record = 0; record < 500; record++) {
            views.add(new View(record, random.nextInt(100)));
        }
        List<View> listing = views.stream().sorted(View.ORDER).toList();
        int next = views.size();
        for (int round = 0; round < 200; round++) {
            List<View> gone = new ArrayList<>();
            List<View> added = new ArrayList<>();
            Set<Integer> changing = new HashSet<>();
            for (int n = random.nextInt(8); n > 0; n--) {
                int at = random.nextInt(views.size());
                if (!changing.add(views.get(at).record())) {
                    continue;
                }
                View old = views.get(at);
                gone.add(old);
                switch (random.nextInt(3)) {
                    // the same record with another key, the same key, or gone for good
                    case 0 -> views.set(at, new View(old.record(), random.nextInt(100)));
                    case 1 -> views.set(at, new View(old.record(), old.key()));
                    default -> views.remove(at);
                }
                if (views.size() > at && views.get(at).record() == old.record()) {
                    added.add(views.get(at));
                }
            }
            for (int n = random.nextInt(4); n > 0; n--) {
                View brought = new View(next++, random.nextInt(100));
                views.add(brought);
                added.add(brought);
            }
            listing = Ordered.changed(listing, gone, added, View.ORDER);
            assertThat(listing).as("round %d", round).isEqualTo(views.stream().sorted(View.ORDER).toList());
        }
    }

    @Test
    void nothingChangedIsTheSameListing() {
        List<View> listing = List.of(new View(1, 1), new View(2, 5));
        assertThat(Ordered.changed(listing, List.of(), List.of(), View.ORDER)).isSameAs(listing);
    }

    @Test
    void addedBeforeFirstAndAfterLastAndBetweenEqualKeysTakeTheirPlaces() {
        List<View> kept = List.of(new View(2, 5), new View(4, 5), new View(6, 9));
        List<View> added = List.of(new View(1, 0), new View(3, 5), new View(5, 5), new View(7, 10));
        assertThat(Ordered.merged(kept, added, View.ORDER)).extracting(View::record)
                .containsExactly(1, 2, 3, 4, 5, 6, 7);
    }
}
