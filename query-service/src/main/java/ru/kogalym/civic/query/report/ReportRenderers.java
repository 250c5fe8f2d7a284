package ru.kogalym.civic.query.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import ru.kogalym.civic.query.report.ReportDocument.Block;
import ru.kogalym.civic.query.report.ReportDocument.Heading;
import ru.kogalym.civic.query.report.ReportDocument.Items;
import ru.kogalym.civic.query.report.ReportDocument.Paragraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Markdown, HTML (well-formed XHTML, so it also feeds the PDF renderer) and PDF renderings of a report. */
final class ReportRenderers {

    /** DejaVu Sans (Bitstream Vera licence, redistribution allowed; see fonts/DejaVu-LICENSE.txt): has Cyrillic. */
    static final String FONT = "fonts/DejaVuSans.ttf";
    static final String FONT_FAMILY = "DejaVu Sans";

    private ReportRenderers() {
    }

    public static String markdown(ReportDocument report) {
        StringBuilder out = new StringBuilder();
        for (Block block : report.blocks()) {
            if (block instanceof Heading heading) {
                out.append("#".repeat(heading.level())).append(' ').append(markdownEscape(heading.text())).append("\n\n");
            } else if (block instanceof Paragraph paragraph) {
                out.append(markdownEscape(paragraph.text())).append("\n\n");
            } else if (block instanceof Items items) {
                for (String item : items.items()) {
                    out.append("- ").append(markdownEscape(item)).append('\n');
                }
                out.append('\n');
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    public static String html(ReportDocument report) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(htmlEscape(report.language())).append("\">\n<head>\n")
           .append("<meta charset=\"UTF-8\"/>\n<title>").append(htmlEscape(report.title())).append("</title>\n")
           .append("<style>body { font-family: '").append(FONT_FAMILY).append("', sans-serif; font-size: 11pt; ")
           .append("line-height: 1.4; margin: 2em; } h1 { font-size: 16pt; } h2 { font-size: 13pt; } ")
           .append("p { text-align: justify; }</style>\n</head>\n<body>\n");
        for (Block block : report.blocks()) {
            if (block instanceof Heading heading) {
                out.append("<h").append(heading.level()).append('>').append(htmlEscape(heading.text()))
                   .append("</h").append(heading.level()).append(">\n");
            } else if (block instanceof Paragraph paragraph) {
                out.append("<p>").append(htmlEscape(paragraph.text())).append("</p>\n");
            } else if (block instanceof Items items) {
                out.append("<ul>\n");
                for (String item : items.items()) {
                    out.append("<li>").append(htmlEscape(item)).append("</li>\n");
                }
                out.append("</ul>\n");
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    public static byte[] pdf(ReportDocument report) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(ReportRenderers::font, FONT_FAMILY);
            builder.withHtmlContent(html(report), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font() {
        InputStream font = ReportRenderers.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("font " + FONT + " is missing from the classpath");
        }
        return font;
    }

    public static String htmlEscape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Backslash-escapes what Markdown would read as markup (and raw HTML). */
    public static String markdownEscape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_{}[]<>#|!~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.toString();
    }
}
