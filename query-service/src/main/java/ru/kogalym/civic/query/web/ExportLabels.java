package ru.kogalym.civic.query.web;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The wording of exported files, from the {@code messages-export} bundle: an enum code as people read it, a
 * dataset's column headers, yes and no. A code the bundle does not know is shown as it is.
 */
public final class ExportLabels {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages-export", Locale.ROOT);

    private ExportLabels() {
    }

    /** The label of {@code code} of the enum named {@code type} (its simple name); null for null. */
    public static String of(String type, Object code) {
        if (code == null) {
            return null;
        }
        String key = type + "." + code;
        return BUNDLE.containsKey(key) ? BUNDLE.getString(key) : code.toString();
    }

    public static String of(Enum<?> code) {
        return code == null ? null : of(code.getDeclaringClass().getSimpleName(), code.name());
    }

    /** The header of a dataset's column. */
    public static String column(String dataset, String field) {
        try {
            return BUNDLE.getString("column." + dataset + "." + field);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("messages-export has no header for " + dataset + "." + field, e);
        }
    }

    /** The text under {@code key}, with {@code arguments} in its {0}, {1}, … */
    public static String text(String key, Object... arguments) {
        return java.text.MessageFormat.format(BUNDLE.getString(key), arguments);
    }

    /** How a journal record's detail is named. */
    public static String detail(String key) {
        String label = "detail." + key;
        return BUNDLE.containsKey(label) ? BUNDLE.getString(label) : key;
    }

    public static String yesNo(boolean value) {
        return BUNDLE.getString(value ? "text.yes" : "text.no");
    }
}
