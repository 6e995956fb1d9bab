package org.zwfw.acceptance.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.zwfw.acceptance.AcceptanceRequest;
import org.zwfw.identity.Identifiers;

/**
 * The request mix of the load script ({@code scripts/acceptance.lua}) as Java objects: every jurisdiction and matter
 * of the sample catalog, dates inside the holiday calendar on file, synthetic identifiers with valid check digits,
 * and complete, 容缺, 一次告知, not-in-legal-form, 告知承诺 and special-group cases.
 */
public final class AcceptanceRequests {
    private record MatterMix(String jurisdiction, String area, String code, List<String> types, List<String> submit,
                             List<String> tolerable, boolean commitment) {}

    private static final List<String> BOTH = List.of("NATURAL_PERSON", "LEGAL_PERSON");
    private static final List<String> SPJY = List.of("M01", "M04", "M05", "M06");
    private static final List<String> SGXK = List.of("M01", "M03", "M04", "M05");
    private static final List<MatterMix> MATTERS = List.of(
            new MatterMix("640100", "640102", "YC-SPJY-001", BOTH, SPJY, List.of("M05", "M06"), true),
            new MatterMix("640100", "640102", "YC-SGXK-002", List.of("LEGAL_PERSON"), SGXK, List.of(), false),
            new MatterMix("640100", "640102", "YC-BDC-003", BOTH, List.of("M01", "M03", "M04"), List.of(), false),
            new MatterMix("410700", "410702", "XX-SPJY-001", BOTH, SPJY, List.of("M05", "M06"), true),
            new MatterMix("410700", "410702", "XX-SGXK-002", List.of("LEGAL_PERSON"), SGXK, List.of(), false),
            new MatterMix("410700", "410702", "XX-GTGS-004", List.of("NATURAL_PERSON"), List.of("M01", "M03"), List.of(), false),
            new MatterMix("610100", "610103", "XA-SPJY-001", BOTH, SPJY, List.of("M05", "M06"), false),
            new MatterMix("640303", "640303", "HSB-GTGS-004", List.of("NATURAL_PERSON"), List.of("M01", "M03"), List.of(), false));
    private static final LocalDate FIRST = LocalDate.of(2025, 1, 2);
    private static final LocalDate LAST = LocalDate.of(2026, 11, 20);
    private static final String CC = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private AcceptanceRequests() {}

    /**
     * {@code n} requests from a seeded generator. The 告知承诺 route is left out when {@code withCommitmentRoute} is
     * false: it reads the applicant's credit records from the store, which the in-process benchmark does not have.
     */
    public static List<AcceptanceRequest> mix(int n, long seed, boolean withCommitmentRoute) {
        Random rnd = new Random(seed);
        List<AcceptanceRequest> out = new ArrayList<>(n);
        long days = LAST.toEpochDay() - FIRST.toEpochDay();
        while (out.size() < n) {
            MatterMix m = MATTERS.get(rnd.nextInt(MATTERS.size()));
            LocalDate asOf = FIRST.plusDays(rnd.nextInt((int) days + 1));
            String type = m.types().get(rnd.nextInt(m.types().size()));
            String id = type.equals("NATURAL_PERSON") ? residentId(m.area(), rnd) : creditCode(m.jurisdiction(), rnd);
            List<String> groups = type.equals("NATURAL_PERSON") && rnd.nextDouble() < 0.15 ? List.of("ELDERLY") : List.of();
            String route = "ORDINARY";
            AcceptanceRequest.Commitment commitment = null;
            String missing = null;
            String informal = null;
            double roll = rnd.nextDouble();
            if (roll < 0.40) {
                // complete
            } else if (roll < 0.65 && !m.tolerable().isEmpty()) {
                missing = m.tolerable().get(rnd.nextInt(m.tolerable().size()));
                commitment = new AcceptanceRequest.Commitment(true, asOf.plusDays(3).toString());
            } else if (roll < 0.80) {
                missing = m.submit().get(rnd.nextInt(m.submit().size()));
            } else if (roll < 0.90 && m.commitment()) {
                if (!withCommitmentRoute) {
                    continue;
                }
                route = "COMMITMENT";
                commitment = new AcceptanceRequest.Commitment(true, null);
            } else {
                informal = m.submit().get(rnd.nextInt(m.submit().size()));
            }
            List<AcceptanceRequest.MaterialEntry> materials = new ArrayList<>();
            for (String code : m.submit()) {
                String status = code.equals(missing) ? "MISSING" : code.equals(informal) ? "NOT_LEGAL_FORM" : "PROVIDED";
                materials.add(new AcceptanceRequest.MaterialEntry(code, status));
            }
            out.add(new AcceptanceRequest(m.jurisdiction(), m.code(), asOf.toString(), route,
                    new AcceptanceRequest.Applicant(type, id, groups), materials, commitment));
        }
        return out;
    }

    /** A synthetic 身份证号: area, birth date, sequence and the GB 11643 check digit. */
    static String residentId(String area, Random rnd) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(rnd.nextInt(365 * 50));
        String body = area + birth.toString().replace("-", "") + String.format("%03d", 1 + rnd.nextInt(999));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        String id = body + "10X98765432".charAt(sum % 11);
        if (!Identifiers.isValidResidentId(id)) {
            throw new IllegalStateException("generated an invalid 身份证号");
        }
        return id;
    }

    /** A synthetic 统一社会信用代码 (企业, registered in {@code region}) with the GB 32100 check character. */
    static String creditCode(String region, Random rnd) {
        StringBuilder b = new StringBuilder("91").append(region);
        for (int i = 0; i < 9; i++) {
            b.append(CC.charAt(rnd.nextInt(CC.length())));
        }
        int[] w = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CC.indexOf(b.charAt(i)) * w[i];
        }
        String code = b.append(CC.charAt((31 - sum % 31) % 31)).toString();
        if (!Identifiers.isValidCreditCode(code)) {
            throw new IllegalStateException("generated an invalid 统一社会信用代码");
        }
        return code;
    }
}
