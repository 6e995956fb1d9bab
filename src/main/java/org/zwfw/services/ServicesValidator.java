package org.zwfw.services;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.zwfw.catalog.Catalog;
import org.zwfw.engine.RuleSet;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.lawbook.vocabulary.Fields;
import org.zwfw.lawbook.vocabulary.Vocabulary;

/**
 * Turns a services request into a {@link ServicesQuery}, or names every bad field at once (400). A matter the
 * jurisdiction does not publish on the date is a 404 naming {@code matterCode}, as for a fee: there is no service to
 * describe.
 */
public final class ServicesValidator {
    /** 政务服务中心, 乡镇（街道）便民服务中心, 村（社区）便民服务站. */
    public static final List<String> LEVELS = List.of("CENTER", "TOWNSHIP", "VILLAGE");
    /** The project kinds 新乡 第二十六条（一） / 银川 第三十一条（一） name, and OTHER_INVESTMENT for the rest of their “等”. */
    public static final List<String> PROJECT_KINDS = List.of("KEY_INVESTMENT", "MAJOR_ATTRACTED_INVESTMENT",
            "TECH_INNOVATION", "STATE_ENCOURAGED", "OTHER_INVESTMENT");

    private ServicesValidator() {}

    public static ServicesQuery validate(ServicesRequest r, RuleSet rs, LocalDate today) {
        List<FieldProblem> errors = new ArrayList<>();
        Catalog.MatterAsked asked = rs.catalog().matterAsked(r, today, errors);
        Vocabulary vocabulary = rs.table(Vocabulary.class);
        String level = "CENTER";
        String placeCode = null;
        if (r.place() != null) {
            level = r.place().level() == null ? "CENTER" : r.place().level().trim();
            if (!LEVELS.contains(level)) {
                errors.add(new FieldProblem("place.level", "must be CENTER, TOWNSHIP or VILLAGE"));
            }
            placeCode = Fields.code(r.place().code());
            if (placeCode != null) {
                if (!placeCode.matches("[1-9][0-9]{5,11}")) {
                    errors.add(new FieldProblem("place.code", "must be a 行政区划代码 of 6 to 12 digits"));
                } else if (asked.jurisdiction() != null && !placeCode.startsWith(
                        significant(rs.catalog(), asked.jurisdiction()))) {
                    errors.add(new FieldProblem("place.code", "lies outside jurisdiction " + asked.jurisdiction()
                            + "; an applicant elsewhere is asked about with applicantRegion (通办)"));
                }
            }
        }
        String region = Fields.code(r.applicantRegion());
        if (region != null && !region.matches("[1-8][0-9]{5}")) {
            errors.add(new FieldProblem("applicantRegion", "must be a 6-digit 行政区划代码"));
            region = null;
        }
        String type = null;
        String id = null;
        Set<String> groups = new LinkedHashSet<>();
        boolean immobile = false;
        if (r.applicant() != null) {
            if (r.applicant().type() != null || r.applicant().id() != null) {
                id = r.applicant().id();
                type = Fields.applicant(vocabulary, r.applicant().type(), id, errors);
            }
            groups.addAll(Fields.groups(vocabulary, r.applicant().groups(), errors));
            immobile = Boolean.TRUE.equals(r.applicant().mobilityImpaired());
        }
        Set<String> kinds = new LinkedHashSet<>();
        if (r.project() != null && r.project().kinds() != null) {
            List<String> sent = r.project().kinds();
            for (int i = 0; i < sent.size(); i++) {
                if (sent.get(i) == null || !PROJECT_KINDS.contains(sent.get(i))) {
                    errors.add(new FieldProblem("project.kinds[" + i + "]", "must be one of " + String.join(", ", PROJECT_KINDS)));
                } else {
                    kinds.add(sent.get(i));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        rs.catalog().publishedMatter(asked);
        return new ServicesQuery(asked.jurisdiction(), asked.matterCode(), asked.asOf(), asked.channel(), level,
                placeCode, region, type, id,
                Set.copyOf(groups), immobile, Set.copyOf(kinds));
    }

    /** The leading digits of a 行政区划代码 that mark the jurisdiction (省 2, 市 4, 区/县 6). */
    static String significant(Catalog catalog, String jurisdiction) {
        int n = switch (catalog.chain(jurisdiction).size()) {
            case 1 -> 0;
            case 2 -> 2;
            case 3 -> 4;
            default -> 6;
        };
        return jurisdiction.substring(0, n);
    }

}
