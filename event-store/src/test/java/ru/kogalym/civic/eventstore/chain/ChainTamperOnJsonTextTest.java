package ru.kogalym.civic.eventstore.chain;

import com.mongodb.client.model.Filters;
import ru.kogalym.civic.eventstore.EarlierForms;

import static org.assertj.core.api.Assertions.assertThat;

/** The same alterations of a log whose payloads and metadata are the JSON text earlier versions stored. */
class ChainTamperOnJsonTextTest extends ChainTamperTest {

    @Override
    void storedForm() {
        EarlierForms.storeAsText(store.database(), Filters.exists("_id"));
        assertThat(stored(0).get("payload")).isInstanceOf(String.class);
        assertThat(stored(0).get("metaData")).isInstanceOf(String.class);
    }
}
