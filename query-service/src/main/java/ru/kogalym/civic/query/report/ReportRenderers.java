package ru.kogalym.civic.query.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import ru.kogalym.civic.query.report.ReportDocument.Block;
import ru.kogalym.civic.query.report.ReportDocument.Heading;
import ru.kogalym.civic.query.report.ReportDocument.Items;
import ru.kogalym.civic.query.report.ReportDocument.Letterhead;
import ru.kogalym.civic.query.report.ReportDocument.Paragraph;
import ru.kogalym.civic.query.report.ReportDocument.Signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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
            if (block instanceof Letterhead letterhead) {
                out.append(String.join("  \n", letterhead.issuer().stream()
                        .map(line -> "**" + markdownEscape(line) + "**").toList())).append("\n\n");
                out.append(String.join("  \n", letterhead.fields().stream().map(ReportRenderers::markdownEscape)
                        .toList())).append("\n\n");
            } else if (block instanceof Heading heading) {
                out.append("#".repeat(heading.level())).append(' ').append(markdownEscape(heading.text())).append("\n\n");
            } else if (block instanceof Paragraph paragraph) {
                out.append(markdownEscape(paragraph.text())).append("\n\n");
            } else if (block instanceof Items items) {
                for (String item : items.items()) {
                    out.append("- ").append(markdownEscape(item)).append('\n');
                }
                out.append('\n');
            } else if (block instanceof Signature signature) {
                List<String> lines = new ArrayList<>();
                lines.add(labelled(signature.position(), signature.positionLabel()));
                lines.add(labelled(AnnualReportWriter.BLANK, signature.signLabel()));
                lines.add(labelled(signature.name(), signature.nameLabel()));
                out.append(String.join("  \n", lines.stream().map(ReportRenderers::markdownEscape).toList()))
                   .append("\n\n");
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    /**
     * XHTML for browsers and the PDF renderer: ragged right (a justified line would stretch its spaces), A4 pages
     * numbered in the margin of each.
     */
    public static String html(ReportDocument report) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(htmlEscape(report.language())).append("\">\n<head>\n")
           .append("<meta charset=\"UTF-8\"/>\n<title>").append(htmlEscape(report.title())).append("</title>\n")
           .append("<style>\n@page { size: A4; margin: 20mm 15mm 20mm 25mm; @bottom-center { content: ")
           .append(pageNumbers(report.pageNumbers())).append("; font-family: '").append(FONT_FAMILY)
           .append("', sans-serif; font-size: 9pt; } }\n")
           .append("body { font-family: '").append(FONT_FAMILY).append("', sans-serif; font-size: 11pt; ")
           .append("line-height: 1.4; margin: 2em; } h1 { font-size: 16pt; } h2 { font-size: 13pt; }\n")
           .append("@media print { body { margin: 0; } }\n")
           .append("p, li { text-align: left; }\n")
           .append(".issuer { text-align: center; font-weight: bold; margin: 0; }\n")
           .append(".fields { margin: 1.5em 0; } .fields p { margin: 0; }\n")
           .append(".signature { width: 100%; margin-top: 3em; border-collapse: collapse; page-break-inside: avoid; }\n")
           .append(".signature td { vertical-align: bottom; padding: 0 0.5em; width: 33%; }\n")
           .append(".label { font-size: 8pt; }\n</style>\n</head>\n<body>\n");
        for (Block block : report.blocks()) {
            if (block instanceof Letterhead letterhead) {
                for (String line : letterhead.issuer()) {
                    out.append("<p class=\"issuer\">").append(htmlEscape(line)).append("</p>\n");
                }
                out.append("<div class=\"fields\">\n");
                for (String line : letterhead.fields()) {
                    out.append("<p>").append(htmlEscape(line)).append("</p>\n");
                }
                out.append("</div>\n");
            } else if (block instanceof Heading heading) {
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
            } else if (block instanceof Signature signature) {
                out.append("<table class=\"signature\"><tr>\n");
                signatureCell(out, signature.position(), signature.positionLabel());
                signatureCell(out, AnnualReportWriter.BLANK, signature.signLabel());
                signatureCell(out, signature.name(), signature.nameLabel());
                out.append("</tr></table>\n");
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static void signatureCell(StringBuilder out, String text, String label) {
        out.append("<td>").append(htmlEscape(text));
        if (!label.isEmpty()) {
            out.append("<br/><span class=\"label\">").append(htmlEscape(label)).append("</span>");
        }
        out.append("</td>\n");
    }

    private static String labelled(String text, String label) {
        return label.isEmpty() ? text : text + " " + label;
    }

    /** The CSS {@code content} of the page-number box: the pattern's text quoted, its places as counters. */
    static String pageNumbers(String pattern) {
        List<String> parts = new ArrayList<>();
        String rest = pattern;
        while (!rest.isEmpty()) {
            int page = rest.indexOf(ReportDocument.PAGE);
            int pages = rest.indexOf(ReportDocument.PAGES);
            int at = page < 0 ? pages : pages < 0 ? page : Math.min(page, pages);
            if (at < 0) {
                parts.add(cssString(rest));
                break;
            }
            if (at > 0) {
                parts.add(cssString(rest.substring(0, at)));
            }
            boolean isPages = at == pages;
            parts.add(isPages ? "counter(pages)" : "counter(page)");
            rest = rest.substring(at + (isPages ? ReportDocument.PAGES : ReportDocument.PAGE).length());
        }
        return String.join(" ", parts);
    }

    private static String cssString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
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
