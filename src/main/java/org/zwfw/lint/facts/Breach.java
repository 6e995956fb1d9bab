package org.zwfw.lint.facts;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One breach of the law found in a published catalog: the matter (and material) concerned — or, for a breach in a row
 * of the 证明事项清单, the {@code proof} of that row and no matter —, the check, a plain Chinese message, the clause it
 * breaches and the rule that found it. Inserted as a fact too, so that a national baseline rule can stand back where a
 * local rule has already reported the same breach.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Breach(String matterCode, String materialCode, String check, String message, String clause,
                     String rule,
                     @Schema(description = "The proof_name of the 证明事项清单 row concerned (breaches of that list's rows; no matterCode then)")
                     String proof) {

    public Breach(String matterCode, String materialCode, String check, String message, String clause, String rule) {
        this(matterCode, materialCode, check, message, clause, rule, null);
    }

    public String getMatterCode() { return matterCode; }
    public String getMaterialCode() { return materialCode; }
    public String getCheck() { return check; }
}
