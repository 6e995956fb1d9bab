package org.zwfw.lint.facts;

import java.util.Map;

/**
 * One matter as its jurisdiction's catalog publishes it (a row of {@code matters.csv} joined with its row of
 * {@code guide.csv}), read as written so that the lint rules can find what is wrong with it. {@code elements} holds
 * each 实施清单 / 办事指南 element by its column name; {@code materials} is present when materials.csv lists at least
 * one material of the matter.
 */
public final class ListedMatter {
    private final String code;
    private final String name;
    private final String type;
    private final Integer legalDays;
    private final Integer promisedDays;
    private final boolean charges;
    private final String feeCode;
    private final Map<String, String> elements;

    public ListedMatter(String code, String name, String type, Integer legalDays, Integer promisedDays, boolean charges,
                        String feeCode, Map<String, String> elements) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.legalDays = legalDays;
        this.promisedDays = promisedDays;
        this.charges = charges;
        this.feeCode = feeCode;
        this.elements = Map.copyOf(elements);
    }

    /** True when the catalog leaves this element (a column name of matters.csv or guide.csv) empty. */
    public boolean lacks(String element) {
        String v = elements.get(element);
        return v == null || v.isBlank();
    }

    /** 办理形式 as the guide states it (e.g. 窗口办理|网上办理); empty when not stated. */
    public String getHandlingForm() { return elements.getOrDefault("handling_form", ""); }
    /** The guide requires an online pre-booking or online submission first (guide.csv {@code prebooking_required} Y). */
    public boolean isPrebookingRequired() { return "Y".equals(elements.get("prebooking_required")); }
    /** The law the guide names for limiting the channels or requiring a pre-booking; empty when it names none. */
    public String getChannelBasis() { return elements.getOrDefault("channel_basis", ""); }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getType() { return type; }
    public Integer getLegalDays() { return legalDays; }
    public Integer getPromisedDays() { return promisedDays; }
    /** The guide says the matter charges a fee (guide.csv {@code charges} Y, or a fee_code is named). */
    public boolean isCharges() { return charges; }
    public String getFeeCode() { return feeCode; }
}
