package ru.kogalym.civic.query.council;

import ru.kogalym.civic.query.projection.ReadModelCollection;
import ru.kogalym.civic.query.projection.ReadModels;
import org.bson.Document;
import org.springframework.stereotype.Component;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.query.web.RussianCollation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;


/** Queries on councils and commissions: a handful of bodies, read whole and filtered in Java. */
@Component
class Bodies {

    static final Comparator<BodyEntry> ORDER = Comparator.comparing(BodyEntry::name, RussianCollation.order())
                                                         .thenComparing(BodyEntry::id);

    private final ReadModelCollection bodies;

    public Bodies(ReadModels readModels) {
        this.bodies = readModels.collection(BodiesProjection.COLLECTION);
    }

    /** The bodies of that kind (null: both) established by the end of {@code date}, by name. */
    public List<BodyEntry> find(BodyKind kind, LocalDate date) {
        List<BodyEntry> result = new ArrayList<>();
        for (Document document : bodies.all()) {
            BodyEntry body = BodyEntry.fromDocument(document);
            if ((kind == null || body.kind() == kind) && body.establishedBy(date)) {
                result.add(body);
            }
        }
        result.sort(ORDER);
        return result;
    }

    public Optional<BodyEntry> body(String id) {
        return Optional.ofNullable(bodies.find(id)).map(BodyEntry::fromDocument);
    }
}
