package org.zwfw.catalog;

/**
 * A special group an instrument names for 绿色通道 / 优先 service.
 * {@code instrument} and {@code instrumentTitle}: the id and the exact title of the instrument that publishes the row
 * (its manifest); a rule names the instrument by the title its own {@code @clause} cites, so renaming an id needs no
 * DRL edit.
 */
public record PriorityGroup(String instrument, String instrumentTitle, String group, String label) {
    public String getInstrument() { return instrument; }
    public String getInstrumentTitle() { return instrumentTitle; }
    public String getGroup() { return group; }
    public String getLabel() { return label; }
}
