package ru.kogalym.civic.query.nco;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/ncos")
class NcoRegistryController {

    private final MongoDatabase civicDatabase;

    NcoRegistryController(MongoDatabase civicDatabase) {
        this.civicDatabase = civicDatabase;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Document document : civicDatabase.getCollection(NcoRegistryProjection.COLLECTION).find()) {
            Map<String, Object> row = new java.util.LinkedHashMap<>(document);
            row.put("id", row.remove("_id"));
            result.add(row);
        }
        return result;
    }
}
