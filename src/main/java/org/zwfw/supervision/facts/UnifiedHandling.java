package org.zwfw.supervision.facts;

import java.time.LocalDate;

import org.zwfw.lawbook.ListRef;

/**
 * A row of a jurisdiction's list of licence matters handled jointly ({@code catalog/unified-handling.csv}): the matter
 * and its mode — UNIFIED 统一办理, JOINT 联合办理 or CONCENTRATED 集中办理 (中华人民共和国行政许可法 第四十二条第二款:
 * at most forty-five days, extendable by fifteen with the approval of the 本级人民政府负责人). Which matters are so
 * handled is the agency's data, not the law's.
 */
public record UnifiedHandling(String jurisdiction, String matterCode, String mode, String source,
                              LocalDate publishedFrom, String file, long line) {
    public String getMatterCode() { return matterCode; }
    public String getMode() { return mode; }

    /** The mode's name in the words of 第四十二条第二款. */
    public String getModeName() {
        return switch (mode) {
            case "UNIFIED" -> "统一办理";
            case "JOINT" -> "联合办理";
            default -> "集中办理";
        };
    }

    public ListRef row() {
        return new ListRef("统一办理、联合办理、集中办理事项清单", file + ":" + line, source);
    }
}
