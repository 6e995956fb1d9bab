package org.zwfw.acceptance.facts;

/** A special group an instrument names for 绿色通道 / 优先 service. */
public record PriorityGroup(String instrument, String group, String label) {
    public String getInstrument() { return instrument; }
    public String getGroup() { return group; }
    public String getLabel() { return label; }
}
