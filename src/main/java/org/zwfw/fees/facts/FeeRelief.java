package org.zwfw.fees.facts;

import java.util.Set;

import org.zwfw.lawbook.ListRef;

/**
 * What an exemption row and a reduction row of the published 收费标准 share: the fee it relieves, the condition it
 * turns on and the values that meet it, the reason an answer gives and its own legal basis. The getters are the
 * names the fee rules read ({@code $e.reason}, {@code $d.basis}).
 */
public interface FeeRelief {
    String fee();
    String condition();
    Set<String> values();
    String reason();
    String basis();
    String basisLevel();

    /** This row of the published 收费标准 (fee/condition), with its own basis as source. */
    default ListRef row() {
        return new ListRef(FeeStandard.LIST, fee() + "/" + condition(), basis());
    }

    default String getFee() { return fee(); }
    default String getCondition() { return condition(); }
    default Set<String> getValues() { return values(); }
    default String getReason() { return reason(); }
    default String getBasis() { return basis(); }
    default String getBasisLevel() { return basisLevel(); }
}
