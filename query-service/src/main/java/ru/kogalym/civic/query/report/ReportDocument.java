package ru.kogalym.civic.query.report;

import java.util.List;

/** The report as plain text blocks; each renderer escapes the text for its format. */
public record ReportDocument(String language, String title, List<Block> blocks) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    public sealed interface Block permits Heading, Paragraph, Items {
    }

    /** A heading; level 1 is the report's title. */
    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Items(List<String> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }
}
