package ru.kogalym.civic.eventstore.embedded;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.eventstore.TestMongo;

import static org.assertj.core.api.Assertions.assertThat;

/** What the embedded server announces decides which tools connect to it: mongosh 2.12 needs wire version 9 or more. */
class EmbeddedServerVersionTest {

    @Test
    void announcesAServerThatCurrentDriversAndMongoshAccept() {
        try (TestMongo mongo = TestMongo.embedded()) {
            Document handshake = mongo.database().runCommand(new Document("isMaster", 1));
            Document buildInfo = mongo.database().runCommand(new Document("buildInfo", 1));

            assertThat(handshake.get("maxWireVersion", Number.class).intValue()).isEqualTo(13);
            assertThat(buildInfo.getString("version")).isEqualTo("5.0.0");
        }
    }
}
