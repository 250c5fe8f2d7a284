package ru.kogalym.civic.eventstore;

class MongoEventStorageEngineOnEmbeddedServerTest extends MongoEventStorageEngineContract {

    @Override
    TestMongo startMongo() {
        return TestMongo.embedded();
    }
}
