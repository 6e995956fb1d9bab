package org.zwfw.policies.facts;

import java.util.Map;

/**
 * A person or an enterprise as the policy rules see it: the attributes of the published data dictionary
 * (rules/policies/attributes.csv; a dictionary row must name a property here). An absent value never satisfies a
 * condition. {@code key} identifies the subject in batch output and is not used by rules.
 */
public class Subject {
    private final String key;
    private final String type;
    private Integer age;
    private String hukou;
    private Boolean disabled;
    private String enterpriseScale;
    private Integer employees;
    private Double annualTaxableIncome;
    private Double totalAssets;
    private Integer insuredMonths;
    private Double layoffRate;
    private Double unemploymentInsurancePaid;
    private Boolean seriousDishonesty;
    private Map<String, String> sources = Map.of();

    public Subject(String key, String type) {
        this.key = key;
        this.type = type;
    }

    public String getKey() { return key; }
    public String getType() { return type; }
    public Integer getAge() { return age; }
    public String getHukou() { return hukou; }
    public Boolean getDisabled() { return disabled; }
    public String getEnterpriseScale() { return enterpriseScale; }
    public Integer getEmployees() { return employees; }
    public Double getAnnualTaxableIncome() { return annualTaxableIncome; }
    public Double getTotalAssets() { return totalAssets; }
    public Integer getInsuredMonths() { return insuredMonths; }
    public Double getLayoffRate() { return layoffRate; }
    public Double getUnemploymentInsurancePaid() { return unemploymentInsurancePaid; }
    public Boolean getSeriousDishonesty() { return seriousDishonesty; }
    public Map<String, String> getSources() { return sources; }

    public Subject setAge(Integer v) { age = v; return this; }
    public Subject setHukou(String v) { hukou = v; return this; }
    public Subject setDisabled(Boolean v) { disabled = v; return this; }
    public Subject setEnterpriseScale(String v) { enterpriseScale = v; return this; }
    public Subject setEmployees(Integer v) { employees = v; return this; }
    public Subject setAnnualTaxableIncome(Double v) { annualTaxableIncome = v; return this; }
    public Subject setTotalAssets(Double v) { totalAssets = v; return this; }
    public Subject setInsuredMonths(Integer v) { insuredMonths = v; return this; }
    public Subject setLayoffRate(Double v) { layoffRate = v; return this; }
    public Subject setUnemploymentInsurancePaid(Double v) { unemploymentInsurancePaid = v; return this; }
    public Subject setSeriousDishonesty(Boolean v) { seriousDishonesty = v; return this; }
    public Subject setSources(Map<String, String> v) { sources = Map.copyOf(v); return this; }

    /** A dictionary attribute's value by name (for explanations and near misses), or null. */
    public Object get(String attribute) {
        return switch (attribute) {
            case "age" -> age;
            case "hukou" -> hukou;
            case "disabled" -> disabled;
            case "enterpriseScale" -> enterpriseScale;
            case "employees" -> employees;
            case "annualTaxableIncome" -> annualTaxableIncome;
            case "totalAssets" -> totalAssets;
            case "insuredMonths" -> insuredMonths;
            case "layoffRate" -> layoffRate;
            case "unemploymentInsurancePaid" -> unemploymentInsurancePaid;
            case "seriousDishonesty" -> seriousDishonesty;
            default -> null;
        };
    }
}
