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
        walkArticles(lines, (heading, line) -> {
            if (heading != null) {
                articles.add(heading);
            }
        });
        if (!articles.isEmpty()) {
            return articles;
        }
        List<String> paths = new ArrayList<>();
        walkSections(lines, (heading, line) -> {
            if (heading != null) {
                paths.add(heading);
            }
        });
        return paths;
    }

    /**
     * Each article's words as the text file has them, keyed as {@link #of} names the articles (for a text organised
     * in sections, each section path): from its heading to the next heading, chapter and section titles (第X章, 第X节,
     * 一、…) left out, lines joined with a line break.
     */
    public static Map<String, String> bodies(List<String> lines) {
        Map<String, StringBuilder> out = new LinkedHashMap<>();
        StringBuilder[] current = {null};
        Line collect = (heading, line) -> {
            String text = line == null ? null : line.strip();
            if (heading != null && !out.containsKey(heading)) {
                current[0] = new StringBuilder(text);
                out.put(heading, current[0]);
            } else if (text == null) {
                current[0] = null; // a chapter or part title ends the provision before it
            } else if (current[0] != null && !text.isEmpty()) {
                current[0].append('\n').append(text);
            }
        };
        walkArticles(lines, collect);
        if (out.isEmpty()) {
            walkSections(lines, collect);
        }
        Map<String, String> bodies = new LinkedHashMap<>();
        out.forEach((k, v) -> bodies.put(k, v.toString()));
        return bodies;
    }

    /**
     * One line of a text as a walk reads it: the provision it opens ({@code heading}, else null), and the line without
     * bookmarks — null for a title line above the provisions (第X章, 第X节, 一、…), which belongs to none of them.
     */
    @FunctionalInterface
    private interface Line {
        void accept(String heading, String line);
    }

    private static final Pattern CHAPTER = Pattern.compile("^第" + NUM + "[章节]");

    /**
     * A text of articles (第X条), a damaged heading (第十三 …, 十三条…) taken only for the number after the last one.
     */
    private static void walkArticles(List<String> lines, Line each) {
        int last = 0;
        for (String raw : lines) {
            String line = BOOKMARK.matcher(raw).replaceFirst("");
            Matcher a = ARTICLE.matcher(line);
            if (a.find()) {
                last = NumberChineseFormatter.chineseToNumber(a.group(1));
                each.accept("第" + a.group(1) + "条", line);
                continue;
            }
            Matcher d = DAMAGED.matcher(line);
            if (d.find() && last > 0) {
                String n = d.group(1) != null ? d.group(1) : d.group(2);
                if (NumberChineseFormatter.chineseToNumber(n) == last + 1) {
                    last++;
                    each.accept("第" + n + "条", line);
                    continue;
                }
            }
            each.accept(null, CHAPTER.matcher(line.strip()).find() ? null : line);
        }
    }

    private static final Pattern CLAUSE = Pattern.compile("^(第" + NUM + "条)(?:第(" + NUM + ")款)?(?:[（(](" + NUM + ")[）)])?$");

    /**
     * Whether {@code unit} is an article of the text or a part of one as analysts cite it: a paragraph
     * ({@code 第十七条第二款}, the heading line being the first), an item ({@code 第三十六条（一）}, written with full-width
     * brackets whichever the text prints), or an item of a paragraph ({@code 第二十条第二款（一）}). A section path of a
     * text without articles is checked as {@link #of} lists it.
     */
    public static boolean hasUnit(List<String> lines, String unit) {
        Map<String, String> bodies = bodies(lines);
        if (bodies.containsKey(unit)) {
            return true;
        }
        Matcher u = CLAUSE.matcher(unit);
        if (!u.matches() || !bodies.containsKey(u.group(1))) {
            return false;
        }
        List<String> body = bodies.get(u.group(1)).lines().toList();
        int paragraph = 0;
        boolean found = false;
        for (String line : body) {
            Matcher item = SECTION.matcher(line);
            boolean isItem = item.find();
            if (!isItem) {
                paragraph++;
            }
            boolean inParagraph = u.group(2) == null
                    || NumberChineseFormatter.chineseToNumber(u.group(2)) == paragraph;
            if (u.group(3) == null) {
                found |= u.group(2) != null && inParagraph && !isItem;
            } else {
                found |= inParagraph && isItem && item.group(1).equals(u.group(3));
            }
        }
        return found;
    }

    /** Section paths of a text organised as 一、 / （一） / 1. — the second and third levels, which provisions sit in. */
    private static void walkSections(List<String> lines, Line each) {
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
                each.accept(null, null);
            } else if (part != null && s.find()) {
                section = part + "（" + s.group(1) + "）";
                each.accept(section, line);
            } else if (section != null && i.find()) {
                each.accept(section + i.group(1), line);
            } else {
                each.accept(null, line);
            }
        }
    }
}
