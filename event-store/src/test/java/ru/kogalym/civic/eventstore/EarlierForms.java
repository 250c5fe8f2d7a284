package ru.kogalym.civic.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.bson.conversions.Bson;
import ru.kogalym.civic.eventstore.spring.EventStoreConfiguration;

import java.util.List;
import java.util.Map;

/**
 * Events as an earlier version stored them, for tests that today's version still reads them: each payload is given as
 * the fields of its earlier form, and stored under the event type's name and that earlier revision. They are appended
 * through a storage engine of their own on the same database, as the earlier version's process would have, so the
 * tests do not depend on how the engine lays out its documents; and their payloads and metadata are then turned into
 * the JSON text that version stored in place of today's BSON documents.
 */
public final class EarlierForms {

    private EarlierForms() {
    }

    /** A payload in an earlier form: the event type's name, the revision it had then, and its fields then. */
    public record Stored(String typeName, String revision, Map<String, Object> fields) {
    }

    /** One event of a record's stream, e.g. {@code event("GrantApplication", "grant-1", 0, stored, metaData)}. */
    public static DomainEventMessage<Stored> event(String recordType, String recordId, long sequenceNumber,
                                                   Stored payload, Map<String, ?> metaData) {
        return new GenericDomainEventMessage<>(recordType, recordId, sequenceNumber, payload, MetaData.from(metaData));
    }

    /** Appends the events, in order, as one process's commits, with payloads and metadata stored as JSON text. */
    public static void append(MongoDatabase database, List<DomainEventMessage<?>> events) {
        Serializer json = JacksonSerializer.builder().objectMapper(EventStoreConfiguration.messageObjectMapper()).build();
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                                                                .database(database)
                                                                .eventSerializer(new AsStored(json))
                                                                .snapshotSerializer(json)
                                                                .build();
        long first = engine.nextPosition();
        engine.appendEvents(events);
        storeAsText(database, Filters.gte("_id", first));
    }

    /**
     * Rewrites the payload and metadata of every event in the commits {@code filter} selects as the JSON text versions
     * before BSON documents stored; the text holds the same values, so the events read, and hash, as before.
     */
    public static void storeAsText(MongoDatabase database, Bson filter) {
        MongoCollection<Document> commits = database.getCollection(MongoEventStorageEngine.COMMITS);
        for (Document commit : commits.find(filter)) {
            List<Document> events = commit.getList("events", Document.class);
            if (events == null) {
                continue;
            }
            for (Document event : events) {
                event.put("payload", StoredForm.json(event.get("payload")));
                event.put("metaData", StoredForm.json(event.get("metaData")));
            }
            commits.updateOne(Filters.eq("_id", commit.get("_id")), Updates.set("events", events));
        }
    }

    /** Serialises a {@link Stored} payload as its fields under its own type and revision; anything else as JSON does. */
    private record AsStored(Serializer json) implements Serializer {

        @Override
        public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
            if (object instanceof Stored stored) {
                SerializedObject<T> fields = json.serialize(stored.fields(), expectedRepresentation);
                return new SimpleSerializedObject<>(fields.getData(), expectedRepresentation, stored.typeName(),
                                                    stored.revision());
            }
            return json.serialize(object, expectedRepresentation);
        }

        @Override
        public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
            return json.canSerializeTo(expectedRepresentation);
        }

        @Override
        public <S, T> T deserialize(SerializedObject<S> serializedObject) {
            return json.deserialize(serializedObject);
        }

        @Override
        public Class classForType(SerializedType type) {
            return json.classForType(type);
        }

        @Override
        public SerializedType typeForClass(Class type) {
            return json.typeForClass(type);
        }

        @Override
        public Converter getConverter() {
            return json.getConverter();
        }
    }
}
