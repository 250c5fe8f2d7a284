package ru.kogalym.civic.query.report;

import ru.kogalym.civic.query.web.PrintableText;

import java.util.List;

/**
 * The report as plain text blocks; each renderer escapes the text for its format. The text is made printable here,
 * once for every format: names and descriptions may hold characters stored before the command side refused them.
 */
record ReportDocument(String language, String title, List<Block> blocks, String pageNumbers) {

    /** Where a page's number and the number of pages go in {@link #pageNumbers}. */
    static final String PAGE = "{page}";
    static final String PAGES = "{pages}";

    public ReportDocument {
        title = PrintableText.of(title);
        blocks = List.copyOf(blocks);
    }

    public sealed interface Block permits Letterhead, Heading, Paragraph, Items, Signature {
    }

    /** Who issues the report, the date and the number field, each a line, before the title. */
    public record Letterhead(List<String> issuer, List<String> fields) implements Block {
        public Letterhead {
            issuer = issuer.stream().map(PrintableText::of).toList();
            fields = fields.stream().map(PrintableText::of).toList();
        }
    }

    /**
     * Who signs, at the end: the position and the name, or blank lines with what they are for ({@code positionLabel},
     * {@code nameLabel}; empty when given), and a blank line to sign on.
     */
    public record Signature(String position, String positionLabel, String signLabel, String name, String nameLabel)
            implements Block {
        public Signature {
            position = PrintableText.of(position);
            name = PrintableText.of(name);
        }
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
