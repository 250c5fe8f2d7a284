package ru.kogalym.civic.query.opendata;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Who publishes the open-data sets and since when: the owner's INN (each set's identifier is {@code <INN>-<code>})
 * and name, the person responsible and how to reach them, the sets' first publication and the version of their
 * structure (a new date whenever their columns change), and the zone whose date names a data file.
 */
@ConfigurationProperties("civic.open-data")
record OpenDataProperties(String ownerInn, String ownerName, String publisherName, String publisherPhone,
                          String publisherEmail, LocalDate created, LocalDate structureVersion, ZoneId zone) {
}
