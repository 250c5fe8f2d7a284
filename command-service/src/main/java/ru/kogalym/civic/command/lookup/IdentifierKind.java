package ru.kogalym.civic.command.lookup;

/** The state identifiers that must be unique across NCOs. */
public enum IdentifierKind {
    OGRN("ogrn"),
    INN("inn");

    private final String prefix;

    IdentifierKind(String prefix) {
        this.prefix = prefix;
    }

    /** The claim's key, e.g. {@code ogrn:1028600000000}. */
    public String key(String value) {
        return prefix + ":" + value;
    }
}
