package ru.kogalym.civic.query.opendata;

import ru.kogalym.civic.query.web.ExportTable;

import java.util.function.Supplier;

/**
 * One open-data set: its code (the identifier's tail, e.g. {@code support-register}), whether anyone may read it
 * ({@link OpenDataAccess}), the key of its passport's texts in the {@code messages-export} bundle with their
 * argument, and its data.
 */
record OpenDataSet(String code, boolean isPublic, String textKey, Object textArgument, Supplier<ExportTable> data) {
}
