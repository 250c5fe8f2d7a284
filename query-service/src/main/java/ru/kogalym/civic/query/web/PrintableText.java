package ru.kogalym.civic.query.web;

/**
 * Text as the writers can render it. Earlier versions of the command side stored NUL and other control characters,
 * and unpaired surrogates, which XHTML (and so the PDF renderer) cannot hold; the events keep them as they were, and
 * each rendering shows U+FFFD in their place, so a reader sees that something is there to correct.
 */
public final class PrintableText {

    private static final int REPLACEMENT = '\uFFFD';

    private PrintableText() {
    }

    /** The text with every character XML 1.0 forbids or discourages replaced; null stays null. */
    public static String of(String text) {
        if (text == null || text.codePoints().allMatch(PrintableText::printable)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> out.appendCodePoint(printable(codePoint) ? codePoint : REPLACEMENT));
        return out.toString();
    }

    /** Line breaks and tabs are kept: the writers lay them out as whitespace. */
    private static boolean printable(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return true;
        }
        return !Character.isISOControl(codePoint) && Character.getType(codePoint) != Character.SURROGATE
                && codePoint != 0xFFFE && codePoint != 0xFFFF;
    }
}
