package org.zwfw.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A documented curl request, in the one shape the pages write it (a page example in another shape fails its test):
 *
 * <pre>
 * curl -s [-X METHOD] URL [-H 'Name: value']... [-d 'BODY']
 * </pre>
 *
 * Arguments are separated by blanks; a backslash at the end of a line continues the command; an argument in single
 * quotes is taken literally and may span lines (no escapes: a body holds no single quote); URL is
 * {@code http://localhost:8080/…}, bare or quoted. The method is {@code -X}'s, otherwise POST with a body and GET
 * without, as curl does. Nothing else — pipes, variables, {@code -F}, {@code --data-binary @file} — is understood.
 */
record CurlCommand(String method, String path, Map<String, String> headers, String body) {
    static final String SERVICE = "http://localhost:8080";

    static CurlCommand parse(String text) {
        List<String> args = words(text.replaceAll("\\\\\n", " "));
        if (args.isEmpty() || !args.get(0).equals("curl")) {
            throw new IllegalArgumentException("not a curl command: " + text);
        }
        String method = null;
        String url = null;
        String body = null;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-s" -> { }
                case "-X" -> method = args.get(++i);
                case "-H" -> {
                    String h = args.get(++i);
                    int colon = h.indexOf(':');
                    if (colon < 1) {
                        throw new IllegalArgumentException("header without a name: " + h);
                    }
                    headers.put(h.substring(0, colon).strip(), h.substring(colon + 1).strip());
                }
                case "-d" -> body = args.get(++i);
                default -> {
                    if (url != null || !a.startsWith(SERVICE + "/")) {
                        throw new IllegalArgumentException("not in the documented curl shape: " + a);
                    }
                    url = a;
                }
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("no URL: " + text);
        }
        if (method == null) {
            method = body == null ? "GET" : "POST";
        }
        return new CurlCommand(method, url.substring(SERVICE.length()), headers, body);
    }

    /** Blank-separated words, single quotes literal; a pipe, a semicolon or a variable outside quotes is refused. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed quote: " + s);
                }
                (w == null ? (w = new StringBuilder()) : w).append(s, i + 1, end);
                i = end;
            } else if (Character.isWhitespace(c)) {
                if (w != null) {
                    out.add(w.toString());
                    w = null;
                }
            } else if ("|;&$`\"<>".indexOf(c) >= 0) {
                throw new IllegalArgumentException("not in the documented curl shape ('" + c + "'): " + s);
            } else {
                (w == null ? (w = new StringBuilder()) : w).append(c);
            }
        }
        if (w != null) {
            out.add(w.toString());
        }
        return out;
    }
}
