package org.zwfw;

/** Request bodies several tests send as they are (each test spoils or varies them as it needs). */
public final class ApiExamples {
    private ApiExamples() {}

    /**
     * 银川 食品经营许可 applied for online, a tolerable material missing, 容缺 commitment signed: decided
     * ACCEPT_WITH_DEFICIENCY. The README's and api.md's request, as printed there (several tests vary it by replacing
     * its text).
     */
    public static final String ACCEPTANCE = """
            {
              "jurisdiction": "640100",
              "matterCode": "YC-SPJY-001",
              "asOf": "2025-12-15",
              "route": "ORDINARY",
              "channel": "ONLINE",
              "applicant": {
                "type": "LEGAL_PERSON",
                "id": "91640100MA76A1B2CR",
                "groups": []
              },
              "materials": [
                { "code": "M01", "status": "PROVIDED" },
                { "code": "M04", "status": "PROVIDED" },
                { "code": "M05", "status": "PROVIDED" },
                { "code": "M06", "status": "MISSING" }
              ],
              "commitment": { "signed": true, "supplementBy": "2025-12-22" }
            }""";
}
