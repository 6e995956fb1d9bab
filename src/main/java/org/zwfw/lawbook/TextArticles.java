package org.zwfw.lawbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    private static final Pattern CHAPTER = Pattern.compile("^\\s*第" + NUM + "[章节]");
    private static final Pattern CLAUSE = Pattern.compile("^(第" + NUM + "条)(?:第(" + NUM + ")款)?(?:[（(](" + NUM + ")[）)])?$");

    /**
     * Whether {@code unit} is an article of the text or a part of one as analysts cite it: a paragraph
     * ({@code 第十七条第二款}, the heading line being the first), an item ({@code 第三十六条（一）}, written with full-width
     * brackets whichever the text prints), or an item of a paragraph ({@code 第二十条第二款（一）}). A section path of a
     * text without articles is checked as {@link #of} lists it.
     */
    public static boolean hasUnit(List<String> lines, String unit) {
        List<String> articles = of(lines);
        if (articles.contains(unit)) {
            return true;
        }
        Matcher u = CLAUSE.matcher(unit);
        if (!u.matches() || !articles.contains(u.group(1))) {
            return false;
        }
        // The article's lines: from its heading to the next heading (or a chapter heading), blank lines skipped.
        List<String> body = new ArrayList<>();
        int last = 0;
        String current = null;
        for (String raw : lines) {
            String line = BOOKMARK.matcher(raw).replaceFirst("").strip();
            String heading = null;
            Matcher a = ARTICLE.matcher(line);
            Matcher d = DAMAGED.matcher(line);
            if (a.find()) {
                heading = "第" + a.group(1) + "条";
                last = NumberChineseFormatter.chineseToNumber(a.group(1));
            } else if (last > 0 && d.find()) {
                String n = d.group(1) != null ? d.group(1) : d.group(2);
                if (NumberChineseFormatter.chineseToNumber(n) == last + 1) {
                    heading = "第" + n + "条";
                    last++;
                }
            }
            if (heading != null) {
                current = heading;
            }
            if (CHAPTER.matcher(line).find() && heading == null) {
                current = null;
            }
            if (current != null && current.equals(u.group(1)) && !line.isEmpty()) {
                body.add(line);
            }
        }
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
