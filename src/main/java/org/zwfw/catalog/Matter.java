package org.zwfw.catalog;

import java.time.LocalDate;
import java.util.Set;

/** A matter of the jurisdiction's catalog (事项), as published in its 实施清单. */
public class Matter {
    private final String jurisdiction;
    private final String code;
    private final String name;
    private final String type;
    private final Set<String> serviceObjects;
    private final Integer legalDays;
    private final Integer promisedDays;
    private final boolean onTheSpot;
    private final boolean commitmentListed;
    private final String feeCode;
    private final Integer supplementDays;
    private final LocalDate publishedFrom;
    private final LocalDate publishedTo;
    private final String source;

    public Matter(String jurisdiction, String code, String name, String type, Set<String> serviceObjects,
                  Integer legalDays, Integer promisedDays, boolean onTheSpot, boolean commitmentListed,
                  String feeCode, Integer supplementDays, LocalDate publishedFrom, LocalDate publishedTo) {
        this(jurisdiction, code, name, type, serviceObjects, legalDays, promisedDays, onTheSpot, commitmentListed,
                feeCode, supplementDays, publishedFrom, publishedTo, null);
    }

    public Matter(String jurisdiction, String code, String name, String type, Set<String> serviceObjects,
                  Integer legalDays, Integer promisedDays, boolean onTheSpot, boolean commitmentListed,
                  String feeCode, Integer supplementDays, LocalDate publishedFrom, LocalDate publishedTo,
                  String source) {
        this.source = source;
        this.jurisdiction = jurisdiction;
        this.code = code;
        this.name = name;
        this.type = type;
        this.serviceObjects = Set.copyOf(serviceObjects);
        this.legalDays = legalDays;
        this.promisedDays = promisedDays;
        this.onTheSpot = onTheSpot;
        this.commitmentListed = commitmentListed;
        this.feeCode = feeCode;
        this.supplementDays = supplementDays;
        this.publishedFrom = publishedFrom;
        this.publishedTo = publishedTo;
    }

    public String getJurisdiction() { return jurisdiction; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getType() { return type; }
    public Set<String> getServiceObjects() { return serviceObjects; }
    public Integer getLegalDays() { return legalDays; }
    public Integer getPromisedDays() { return promisedDays; }
    public boolean isOnTheSpot() { return onTheSpot; }
    public boolean isCommitmentListed() { return commitmentListed; }
    public String getFeeCode() { return feeCode; }
    public Integer getSupplementDays() { return supplementDays; }
    public LocalDate getPublishedFrom() { return publishedFrom; }
    public LocalDate getPublishedTo() { return publishedTo; }

    public String getSource() { return source; }

    /** A 行政许可 matter: only these are governed by 中华人民共和国行政许可法. */
    public boolean isLicence() { return "行政许可".equals(type); }

    /** This matter's row of the published 办事指南 (materials, 服务对象, 即办件, time limits). */
    public org.zwfw.lawbook.ListRef guide() {
        return new org.zwfw.lawbook.ListRef("办事指南", code, source);
    }

    /** This matter's row of the published 政务服务事项清单. */
    public org.zwfw.lawbook.ListRef catalogRow() {
        return new org.zwfw.lawbook.ListRef("政务服务事项清单", code, source);
    }

    /** Published on the date: from its publication date up to and including its last day, if any. */
    public boolean isPublishedOn(LocalDate date) {
        return (publishedFrom == null || !date.isBefore(publishedFrom))
                && (publishedTo == null || !date.isAfter(publishedTo));
    }
}
