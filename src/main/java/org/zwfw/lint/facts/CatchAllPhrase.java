package org.zwfw.lint.facts;

/**
 * Wording an instrument forbids in a list of 申请材料 (其他、有关 …), from {@code catch-all-phrases.csv} beside it;
 * {@code order} its place in the table.
 * {@code instrument} and {@code instrumentTitle}: the id and the exact title of the instrument that publishes the row
 * (its manifest); a rule names the instrument by the title its own {@code @clause} cites, so renaming an id needs no
 * DRL edit.
 */
public record CatchAllPhrase(String instrument, String instrumentTitle, String phrase, int order) {
    public String getInstrument() { return instrument; }
    public String getInstrumentTitle() { return instrumentTitle; }
    public String getPhrase() { return phrase; }
}
