package ru.kogalym.civic.query.projection;

/** Where the read models live: MongoDB for the live ones, memory for one folded as the system knew it once. */
@FunctionalInterface
public interface ReadModels {

    ReadModelCollection collection(String name);
}
