package org.zwfw.acceptance.facts;

/**
 * One material the agency demanded of the applicant, as the request says: {@code code} a material of the matter's
 * guide (null when it has none), {@code name} what was demanded (the guide's name when given by code).
 */
public record Demanded(String code, String name) {
    public String getCode() { return code; }
    public String getName() { return name; }
}
