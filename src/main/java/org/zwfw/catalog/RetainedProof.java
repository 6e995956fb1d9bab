package org.zwfw.catalog;

import org.zwfw.lawbook.ListRef;

/**
 * A proof on the jurisdiction's published 证明事项清单 (retained proofs), with what 银川 第二十七条 requires each row
 * to list: 设定依据 ({@code basis}), 索要单位 ({@code requestingUnit}), 开具单位 ({@code issuingUnit}).
 */
public record RetainedProof(String name, String basis, String requestingUnit, String issuingUnit, String source) {
    public static final String LIST = "证明事项清单";

    public RetainedProof(String name) {
        this(name, null, null, null, null);
    }

    public String getName() { return name; }

    public ListRef ref() {
        return new ListRef(LIST, name, source);
    }
}
