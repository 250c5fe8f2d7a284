package ru.kogalym.civic.query.report;

import ru.kogalym.civic.query.web.PrintableText;

import java.util.List;

/**
 * The report as plain text blocks; each renderer escapes the text for its format. The text is made printable here,
 * once for every format: names and descriptions may hold characters stored before the command side refused them.
 */
record ReportDocument(String language, String title, List<Block> blocks) {

    public ReportDocument {
        title = PrintableText.of(title);
        blocks = List.copyOf(blocks);
    }

    public sealed interface Block permits Heading, Paragraph, Items {
    }

    /** A heading; level 1 is the report's title. */
    public record Heading(int level, String text) implements Block {
        public Heading {
            text = PrintableText.of(text);
        }
    }

    public record Paragraph(String text) implements Block {
        public Paragraph {
            text = PrintableText.of(text);
        }
    }

    public record Items(List<String> items) implements Block {
        public Items {
            items = items.stream().map(PrintableText::of).toList();
        }
    }
}
