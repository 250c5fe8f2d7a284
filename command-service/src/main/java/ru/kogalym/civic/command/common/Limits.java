package ru.kogalym.civic.command.common;

/** Length limits on text and lists, in characters and items. */
public final class Limits {

    /** Identifiers chosen by clients or the HTTP layer. */
    public static final int ID = 100;
    /** Names, titles, topics, addresses, places. */
    public static final int NAME = 500;
    /** Short texts: short names, a person's name, a role, a registration number. */
    public static final int SHORT_TEXT = 200;
    /** Free text: minutes, descriptions, purposes, reasons; the only text that may hold line breaks and tabs. */
    public static final int FREE_TEXT = 10_000;
    /** Items in any list. */
    public static final int LIST = 200;

    private Limits() {
    }
}
