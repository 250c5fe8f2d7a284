package ru.kogalym.civic.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.eventstore.spring.EventStoreConfiguration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payload and metadata lie in the commit documents as BSON documents that MongoDB queries, and a store an earlier
 * version wrote, with both as JSON text, reads on beside them: aggregates, tracking, the audit's positions, upcasting.
 */
class StoredFormsInTheStoreTest {

    record Granted(String grantId, long amountKopecks, BigDecimal amountRoubles, List<String> ncoIds,
                   Map<String, Integer> leaflets) {
    }

    record Renamed(String ncoId, String name) {
    }

    private final TestMongo mongo = TestMongo.start();
    private final Serializer serializer =
            JacksonSerializer.builder().objectMapper(EventStoreConfiguration.messageObjectMapper()).build();
    private final MongoEventStorageEngine engine = engine(EventUpcasterChain::new);
    private final MongoCollection<Document> commits = mongo.database().getCollection(MongoEventStorageEngine.COMMITS);

    @AfterEach
    void stop() {
        mongo.close();
    }

    private MongoEventStorageEngine engine(java.util.function.Supplier<EventUpcasterChain> upcasters) {
        return MongoEventStorageEngine.builder().database(mongo.database()).eventSerializer(serializer)
                                      .snapshotSerializer(serializer).upcasterChain(upcasters.get()).build();
    }

    private static final Granted GRANTED = new Granted("g-1", 49_900_050L, new BigDecimal("499000.50"),
                                                       List.of("n-1", "n-2"), Map.of("n-1", 300));

    @Test
    void payloadAndMetaDataAreDocumentsThatMongoDbQueries() {
        engine.appendEvents(new GenericDomainEventMessage<>("GrantApplication", "g-1", 0, GRANTED,
                MetaData.with("issuedBy", "ivanova").and("illustrative", List.of("appliedOn"))));
        engine.appendEvents(renamed("nco-1", 0, "Единство", "petrov"));

        Document payload = event(0).get("payload", Document.class);
        assertThat(payload.get("amountKopecks")).isEqualTo(49_900_050);
        assertThat(payload.get("amountRoubles")).as("exact, not a double").isEqualTo(Decimal128.parse("499000.50"));
        assertThat(event(0).get("metaData", Document.class).getList("illustrative", String.class)).containsExactly("appliedOn");

        assertThat(ids(Filters.eq("events.payload.ncoIds", "n-2"))).containsExactly(0L);
        assertThat(ids(Filters.eq("events.metaData.issuedBy", "petrov"))).containsExactly(1L);
        assertThat(ids(Filters.eq("events.payload.name", "Единство"))).containsExactly(1L);
        assertThat(ids(Filters.gt("events.payload.amountKopecks", 40_000_000))).containsExactly(0L);
        assertThat(ids(Filters.eq("events.payload.leaflets.n-1", 300))).containsExactly(0L);

        assertThat(engine.readEvents("g-1").asStream().map(e -> (Object) e.getPayload()).toList()).containsExactly(GRANTED);
    }

    @Test
    void metaDataWithADottedKeyStaysTextBesideItsPayloadsDocument() {
        engine.appendEvents(new GenericDomainEventMessage<>("Nco", "nco-1", 0, new Renamed("nco-1", "Единство"),
                MetaData.with("issuedBy", "ivanova").and("trace.id", "t-1")));

        assertThat(event(0).get("metaData")).isInstanceOf(String.class).asString().contains("\"trace.id\":\"t-1\"");
        assertThat(event(0).get("payload")).isInstanceOf(Document.class);
        DomainEventMessage<?> read = engine.readEvents("nco-1").next();
        assertThat(read.getMetaData()).containsEntry("trace.id", "t-1").containsEntry("issuedBy", "ivanova");
        assertThat(read.getPayload()).isEqualTo(new Renamed("nco-1", "Единство"));
    }

    @Test
    void eventsStoredAsJsonTextReadOnBesideDocuments() {
        engine.appendEvents(renamed("nco-1", 0, "Единство", "ivanova"));
        engine.appendEvents(renamed("nco-1", 1, "ВАЙНАХ", "petrov"));
        engine.appendEvents(renamed("nco-2", 0, "НУР", "ivanova"));
        engine.appendEvents(renamed("nco-1", 2, "Единство-2", "sidorov"));
        EarlierForms.storeAsText(mongo.database(), Filters.in("_id", 1L, 2L));
        assertThat(event(1).get("payload")).isInstanceOf(String.class);
        assertThat(event(1).get("metaData")).isInstanceOf(String.class);
        assertThat(event(3).get("payload")).isInstanceOf(Document.class);

        List<? extends DomainEventMessage<?>> loaded = engine.readEvents("nco-1").asStream().toList();
        assertThat(loaded).extracting(e -> (Object) e.getPayload()).containsExactly(
                new Renamed("nco-1", "Единство"), new Renamed("nco-1", "ВАЙНАХ"), new Renamed("nco-1", "Единство-2"));
        assertThat(loaded).extracting(e -> e.getMetaData().get("issuedBy")).containsExactly("ivanova", "petrov", "sidorov");

        try (Stream<? extends TrackedEventMessage<?>> tracked = engine.readEvents(null, false)) {
            assertThat(tracked.limit(4).map(e -> ((Renamed) e.getPayload()).name()).toList())
                    .containsExactly("Единство", "ВАЙНАХ", "НУР", "Единство-2");
        }
        try (Stream<TrackedEventMessage<?>> trail = engine.readEventsWithPositions("nco-1")) {
            assertThat(trail.map(e -> e.trackingToken().position().orElseThrow()).toList()).containsExactly(0L, 1L, 3L);
        }
    }

    @Test
    void anEarlierRevisionIsUpcastInEitherForm() {
        EarlierForms.Stored titled = new EarlierForms.Stored(Renamed.class.getName(), "1",
                                                             Map.of("ncoId", "nco-1", "title", "Единство"));
        EarlierForms.Stored retitled = new EarlierForms.Stored(Renamed.class.getName(), "1",
                                                               Map.of("ncoId", "nco-1", "title", "ВАЙНАХ"));
        EarlierForms.append(mongo.database(), List.of(EarlierForms.event("Nco", "nco-1", 0, titled, Map.of())));
        EarlierForms.append(mongo.database(), List.of(EarlierForms.event("Nco", "nco-1", 1, retitled, Map.of())));
        storeAsDocuments(1);
        assertThat(event(0).get("payload")).isInstanceOf(String.class);
        assertThat(event(1).get("payload", Document.class).getString("title")).isEqualTo("ВАЙНАХ");

        MongoEventStorageEngine upcasting = engine(() -> new EventUpcasterChain(new TitleBecameName()));
        assertThat(upcasting.readEvents("nco-1").asStream().map(e -> (Object) e.getPayload()).toList())
                .containsExactly(new Renamed("nco-1", "Единство"), new Renamed("nco-1", "ВАЙНАХ"));
        try (Stream<? extends TrackedEventMessage<?>> tracked = upcasting.readEvents(null, false)) {
            assertThat(tracked.limit(2).map(e -> (Object) e.getPayload()).toList())
                    .containsExactly(new Renamed("nco-1", "Единство"), new Renamed("nco-1", "ВАЙНАХ"));
        }
    }

    /** Revision 1 of {@link Renamed} called the name {@code title}. */
    private static final class TitleBecameName extends SingleEventUpcaster {
        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().equals(new SimpleSerializedType(Renamed.class.getName(), "1"));
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(new SimpleSerializedType(Renamed.class.getName(), null), JsonNode.class,
                    node -> ((ObjectNode) node).set("name", ((ObjectNode) node).remove("title")));
        }
    }

    private static DomainEventMessage<Renamed> renamed(String ncoId, long sequence, String name, String user) {
        return new GenericDomainEventMessage<>("Nco", ncoId, sequence, new Renamed(ncoId, name),
                                               MetaData.with("issuedBy", user));
    }

    /** The only event of the commit at {@code position}, as stored. */
    private Document event(long position) {
        return commits.find(Filters.eq("_id", position)).first().getList("events", Document.class).get(0);
    }

    private List<Long> ids(org.bson.conversions.Bson filter) {
        List<Long> ids = new ArrayList<>();
        commits.find(filter).forEach(commit -> ids.add(commit.get("_id", Number.class).longValue()));
        return ids;
    }

    private void storeAsDocuments(long position) {
        Document event = event(position);
        event.put("payload", StoredForm.of(event.getString("payload")));
        event.put("metaData", StoredForm.of(event.getString("metaData")));
        commits.updateOne(Filters.eq("_id", position), Updates.set("events", List.of(event)));
    }
}
