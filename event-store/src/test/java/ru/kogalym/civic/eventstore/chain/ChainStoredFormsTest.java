package ru.kogalym.civic.eventstore.chain;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.eventstore.EarlierForms;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.kogalym.civic.eventstore.chain.ChainFixture.event;
import static ru.kogalym.civic.eventstore.chain.ChainFixture.sealAll;

/**
 * The hash covers an event's values, not how its payload and metadata are stored: as a BSON document (today) or as the
 * JSON text earlier versions stored, one store holding both.
 */
class ChainStoredFormsTest {

    private final ChainFixture store = new ChainFixture();
    private final MongoCollection<Document> commits = store.database().getCollection("events");

    @AfterEach
    void stop() {
        store.close();
    }

    private void appendTen() {
        for (int i = 0; i < 10; i += 2) {
            store.engine.appendEvents(event("s" + i, 0, "e" + i), event("s" + i, 1, "e" + (i + 1)));
        }
    }

    @Test
    void anEventHashesAlikeStoredAsADocumentOrAsJsonText() {
        appendTen();
        List<Document> asDocuments = all();
        assertThat(asDocuments.get(0).getList("events", Document.class).get(0).get("payload")).isInstanceOf(Document.class);

        EarlierForms.storeAsText(store.database(), Filters.exists("_id"));
        List<Document> asText = all();
        assertThat(asText.get(0).getList("events", Document.class).get(0).get("payload")).isInstanceOf(String.class);

        String previousFromDocuments = null;
        String previousFromText = null;
        for (long position = 0; position < 10; position++) {
            Document document = asDocuments.get((int) position / 2);
            Document text = asText.get((int) position / 2);
            assertThat(ChainLink.canonical(position, document, previousFromDocuments))
                    .isEqualTo(ChainLink.canonical(position, text, previousFromText));
            previousFromDocuments = ChainLink.hash(position, document, previousFromDocuments);
            previousFromText = ChainLink.hash(position, text, previousFromText);
        }
        assertThat(previousFromDocuments).isEqualTo(previousFromText);
    }

    @Test
    void aStoreHoldingBothFormsIsSealedAndVerified() {
        appendTen();
        EarlierForms.storeAsText(store.database(), Filters.in("_id", 0L, 4L, 8L));

        assertThat(sealAll(store.sealer())).isEqualTo(10);
        ChainVerifier.Verification verification = store.verifier.verify(0, null);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(10);
    }

    @Test
    void aChainSealedOverDocumentsStillVerifiesOnceTheyAreText() {
        appendTen();
        assertThat(sealAll(store.sealer())).isEqualTo(10);
        EarlierForms.storeAsText(store.database(), Filters.in("_id", 2L, 6L));

        assertThat(store.verifier.verify(0, null).intact()).isTrue();
    }

    private List<Document> all() {
        return commits.find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }
}
