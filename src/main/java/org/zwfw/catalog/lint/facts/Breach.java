package org.zwfw.catalog.lint.facts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One breach of the law found in a published catalog: the matter (and material) concerned, the check, a plain
 * Chinese message, the clause it breaches and the rule that found it. Inserted as a fact too, so that a national
 * baseline rule can stand back where a local rule has already reported the same breach.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Breach(String matterCode, String materialCode, String check, String message, String clause,
                     String rule) {
    public String getMatterCode() { return matterCode; }
    public String getMaterialCode() { return materialCode; }
    public String getCheck() { return check; }
}
