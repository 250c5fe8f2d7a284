package ru.kogalym.civic.eventstore;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+")
class MongoEventStorageEngineOnRealMongoDbTest extends MongoEventStorageEngineContract {

    @Override
    TestMongo startMongo() {
        return TestMongo.real();
    }
}
