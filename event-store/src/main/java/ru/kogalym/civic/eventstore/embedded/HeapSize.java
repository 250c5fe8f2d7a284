package ru.kogalym.civic.eventstore.embedded;

import java.util.Collection;
import java.util.Map;

/**
 * Roughly what a document of mongo-java-server's (a linked hash map of strings, boxed numbers, dates, nested maps and
 * lists) takes on a 64-bit heap with compressed pointers: object headers, map entries and tables, and each string's
 * bytes. Within a third of the measured size for the documents the store holds ({@code HeapSizeTest}), which is all a
 * cache's budget needs.
 */
final class HeapSize {

    private static final int STRING = 24 + 16;
    private static final int BOXED = 16;
    private static final int MAP = 56;
    private static final int MAP_ENTRY = 40;
    private static final int LIST = 24 + 16;
    private static final int REFERENCE = 4;

    private HeapSize() {
    }

    static long of(Object value) {
        if (value instanceof String text) {
            return STRING + align((long) text.length() * (isLatin1(text) ? 1 : 2));
        }
        if (value instanceof Map<?, ?> map) {
            long size = MAP + 16 + (long) REFERENCE * tableSize(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += MAP_ENTRY + of(entry.getKey()) + of(entry.getValue());
            }
            return size;
        }
        if (value instanceof Collection<?> list) {
            long size = LIST + align((long) REFERENCE * list.size());
            for (Object element : list) {
                size += of(element);
            }
            return size;
        }
        if (value instanceof byte[] bytes) {
            return 16 + align(bytes.length);
        }
        return value == null ? 0 : BOXED + 8;
    }

    /** Whether the string keeps one byte a character (Java's compact strings); a loop, as this runs on page loads. */
    private static boolean isLatin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** A hash map's table: the next power of two holding the entries at its load factor of 0.75. */
    private static int tableSize(int entries) {
        int table = 16;
        while (table * 3 / 4 < entries) {
            table *= 2;
        }
        return table;
    }

    private static long align(long bytes) {
        return (bytes + 7) / 8 * 8;
    }
}
