package org.zwfw.services.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import org.zwfw.lawbook.Basis;
import org.zwfw.lawbook.ListRef;

/**
 * What the services rules decided (the {@code services} global of a services session): whether the matter may be
 * applied for at the place and from the applicant's region, its 通办 scope, whether it is 全程网办, the 帮办代办 kinds
 * granted (each with whether only the agency's discretion grants it), 上门服务, 绿色通道 — and the reasons, each naming
 * the rule, clause and basis that wrote it. Holds no rule: it records what the rules concluded.
 */
public class ServicesDecision {

    /** One rule that shaped the answer, with what it rests on (domain.md §0). */
    public record Reason(String rule, String name, String clause, String text, String basis, ListRef list,
                         List<String> interpretations, boolean discretionary) {}

    /** The 帮办代办 kinds, fullest first: 全程帮办代办, 依申请全流程帮办代办, 咨询、指导、协调. */
    public static final List<String> KINDS = List.of("FULL_PROCESS", "ON_APPLICATION", "CONSULTATION");

    private Boolean placeAllowed;
    private Boolean regionAllowed;
    private String crossRegion;
    private Boolean wholeProcessOnline;
    /** kind → true while only discretion grants it (false once a rule grants it as the text's duty). */
    private final Map<String, Boolean> kinds = new LinkedHashMap<>();
    private boolean free;
    private boolean assistanceWindow;
    private Boolean homeVisit;
    private boolean homeVisitDiscretionary;
    private boolean priorityService;
    private final List<Reason> reasons = new ArrayList<>();

    public void because(RuleContext ctx, String text) {
        because(ctx, text, null);
    }

    public void because(RuleContext ctx, String text, ListRef list) {
        Rule rule = ctx.getRule();
        Map<String, Object> meta = rule.getMetaData();
        Object id = meta.get("ruleId");
        Object clause = meta.get("clause");
        Basis basis = Basis.of(meta);
        reasons.add(new Reason(id == null ? rule.getName() : id.toString(), rule.getName(),
                clause == null ? null : clause.toString(), text, basis.kind(), list, basis.interpretations(),
                basis.discretionary()));
    }

    /** The place may (or may not) take the application; a refusal is never overturned by another rule. */
    public void place(boolean allowed) {
        placeAllowed = placeAllowed == null ? allowed : placeAllowed && allowed;
    }

    public void region(boolean allowed) {
        regionAllowed = regionAllowed == null ? allowed : regionAllowed && allowed;
    }

    public void setCrossRegion(String scope) { this.crossRegion = scope; }

    public void setWholeProcessOnline(boolean online) { this.wholeProcessOnline = online; }

    /** A 帮办代办 kind granted; {@code discretionary}: only the agency's discretion grants it. */
    public void assist(String kind, boolean discretionary, boolean free) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown 帮办代办 kind " + kind + "; one of " + KINDS);
        }
        kinds.merge(kind, discretionary, (a, b) -> a && b);
        this.free |= free;
    }

    /** A 帮办代办 window serves this applicant (红寺堡 四（七）). */
    public void assistanceWindow() { this.assistanceWindow = true; }

    public void homeVisit(boolean available, boolean discretionary) {
        this.homeVisit = homeVisit == null ? available : homeVisit || available;
        this.homeVisitDiscretionary |= discretionary;
    }

    public void setPriorityService(boolean priority) { this.priorityService = priority; }

    public Boolean getPlaceAllowed() { return placeAllowed; }
    public Boolean getRegionAllowed() { return regionAllowed; }

    /** May apply here: the place takes it and, where the applicant's region was asked, that region may apply. */
    public Boolean getMayApplyHere() {
        if (placeAllowed == null) {
            return null;
        }
        return placeAllowed && !Boolean.FALSE.equals(regionAllowed);
    }

    public String getCrossRegion() { return crossRegion; }
    public Boolean getWholeProcessOnline() { return wholeProcessOnline; }

    /** The kinds granted, fullest first. */
    public List<String> getAssistanceKinds() {
        return KINDS.stream().filter(kinds::containsKey).toList();
    }

    /** The fullest kind granted, or NONE. */
    public String getAssistanceKind() {
        return getAssistanceKinds().stream().findFirst().orElse("NONE");
    }

    /** True when every kind granted is granted by discretion alone (false when none is granted). */
    public boolean isAssistanceDiscretionary() {
        return !kinds.isEmpty() && kinds.values().stream().allMatch(Boolean::booleanValue);
    }

    public boolean isFree() { return free; }
    public boolean isAssistanceWindow() { return assistanceWindow; }
    public Boolean getHomeVisit() { return homeVisit; }
    public boolean isHomeVisitDiscretionary() { return homeVisitDiscretionary; }
    public boolean isPriorityService() { return priorityService; }
    public List<Reason> getReasons() { return List.copyOf(reasons); }
}
