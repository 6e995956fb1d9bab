package org.zwfw.lawbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.hutool.core.convert.NumberChineseFormatter;

/**
 * The citable units of an instrument's text, in the order the text gives them: its articles ({@code 第X条} heading a
 * line), or — for a text without articles, such as the 红寺堡 plan — its section paths as printed ({@code 三（一）},
 * {@code 三（一）1}, {@code 四（五）}).
 *
 * <p>The web captures on file are damaged in places: a heading may have lost its 第 or its 条 (the 银川 draft's
 * "第十二 ", "十三条 ", "第三十九??") or carry a word-processor bookmark ("[bookmark: _GoBack]第三十七条"). A damaged
 * heading is accepted only where it is the very next article after the last one read, so no sentence that merely
 * starts with a numeral becomes an article.
 */
public final class TextArticles {
    private static final String NUM = "[一二三四五六七八九十百零〇]+";
    private static final Pattern BOOKMARK = Pattern.compile("^\\s*(?:\\[bookmark:[^\\]]*\\]\\s*)*");
    private static final Pattern ARTICLE = Pattern.compile("^第(" + NUM + ")条");
    private static final Pattern DAMAGED = Pattern.compile("^(?:第(" + NUM + ")(?=[\\s?？　])|(" + NUM + ")条)");
    private static final Pattern PART = Pattern.compile("^(" + NUM + ")、");
    private static final Pattern SECTION = Pattern.compile("^[（(]\\s*(" + NUM + ")\\s*[）)]");
    private static final Pattern ITEM = Pattern.compile("^(\\d+)[.．]");

    private TextArticles() {}

    public static List<String> read(Path text) throws IOException {
        return of(Files.readAllLines(text, StandardCharsets.UTF_8));
    }

    public static List<String> of(List<String> lines) {
        List<String> articles = new ArrayList<>();
        int last = 0;
        for (String raw : lines) {
            String line = BOOKMARK.matcher(raw).replaceFirst("");
            Matcher a = ARTICLE.matcher(line);
            if (a.find()) {
                articles.add("第" + a.group(1) + "条");
                last = NumberChineseFormatter.chineseToNumber(a.group(1));
                continue;
            }
            Matcher d = DAMAGED.matcher(line);
            if (d.find() && last > 0) {
                String n = d.group(1) != null ? d.group(1) : d.group(2);
                if (NumberChineseFormatter.chineseToNumber(n) == last + 1) {
                    articles.add("第" + n + "条");
                    last++;
                }
            }
        }
        return articles.isEmpty() ? sections(lines) : articles;
    }

    /**
     * Each article's words as the text file has them, keyed as {@link #of} names the articles (for a text organised
     * in sections, each section path): from its heading to the next heading, chapter and section titles (第X章, 第X节)
     * left out, lines joined with a line break.
     */
    public static Map<String, String> bodies(List<String> lines) {
        List<String> ids = of(lines);
        Map<String, StringBuilder> out = new LinkedHashMap<>();
        boolean articles = ids.stream().allMatch(id -> id.startsWith("第") && id.endsWith("条"));
        java.util.Iterator<String> next = ids.iterator();
        String expected = next.hasNext() ? next.next() : null;
        StringBuilder current = null;
        String part = null;
        String section = null;
        for (String raw : lines) {
            String line = BOOKMARK.matcher(raw).replaceFirst("").strip();
            String heading = null;
            if (articles) {
                if (expected != null && startsArticle(line, expected)) {
                    heading = expected;
                } else if (CHAPTER.matcher(line).find()) {
                    current = null;
                    continue;
                }
            } else {
                Matcher p = PART.matcher(line);
                Matcher sm = SECTION.matcher(line);
                Matcher i = ITEM.matcher(line);
                if (p.find()) {
                    part = p.group(1);
                    section = null;
                    current = null;
                    continue;
                } else if (part != null && sm.find()) {
                    section = part + "（" + sm.group(1) + "）";
                    heading = section;
                } else if (section != null && i.find()) {
                    heading = section + i.group(1);
                }
            }
            if (heading != null && !out.containsKey(heading)) {
                current = new StringBuilder(line);
                out.put(heading, current);
                if (articles) {
                    expected = next.hasNext() ? next.next() : null;
                }
            } else if (current != null && !line.isEmpty()) {
                current.append('\n').append(line);
            }
        }
        Map<String, String> bodies = new LinkedHashMap<>();
        out.forEach((k, v) -> bodies.put(k, v.toString()));
        return bodies;
    }

    private static final Pattern CHAPTER = Pattern.compile("^第" + NUM + "[章节]");

    /** The line opens article {@code id}: 第十三条…, or a damaged heading (第十三 …, 十三条…) of that number. */
    private static boolean startsArticle(String line, String id) {
        String n = id.substring(1, id.length() - 1);
        return line.startsWith(id) || line.matches("^第" + n + "[\\s?？　].*") || line.startsWith(n + "条");
    }

    /** Section paths of a text organised as 一、 / （一） / 1. — the second and third levels, which provisions sit in. */
    private static List<String> sections(List<String> lines) {
        List<String> paths = new ArrayList<>();
        String part = null;
        String section = null;
        for (String raw : lines) {
            String line = BOOKMARK.matcher(raw).replaceFirst("");
            Matcher p = PART.matcher(line);
            Matcher s = SECTION.matcher(line);
            Matcher i = ITEM.matcher(line);
            if (p.find()) {
                part = p.group(1);
                section = null;
            } else if (part != null && s.find()) {
                section = part + "（" + s.group(1) + "）";
                paths.add(section);
            } else if (section != null && i.find()) {
                paths.add(section + i.group(1));
            }
        }
        return paths;
    }
}
