package org.zwfw.catalog.lint.facts;

/** Wording an instrument forbids in a list of 申请材料 (其他、有关 …), from {@code catch-all-phrases.csv} beside it;
 * {@code order} its place in the table. */
public record CatchAllPhrase(String instrument, String phrase, int order) {
    public String getInstrument() { return instrument; }
    public String getPhrase() { return phrase; }
}
