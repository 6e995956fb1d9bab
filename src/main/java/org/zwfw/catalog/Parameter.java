package org.zwfw.catalog;

/** A number an instrument fixes (a time limit, a count), kept as data beside its rules. */
public record Parameter(String instrument, String name, int value) {
    public String getInstrument() { return instrument; }
    public String getName() { return name; }
    public int getValue() { return value; }
}
