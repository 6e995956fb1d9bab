package org.zwfw.policies.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a synthetic population of subjects (persons and enterprises) as CSV over the attributes of the data
 * dictionary (rules/policies/attributes.csv), one line per subject, streaming: memory does not grow with the size.
 * The same seed gives the same file. Keys are synthetic ({@code P000000001}, {@code E000000001}), never
 * 身份证号 or 统一社会信用代码. Distributions are plausible, not statistics: about 70% natural persons (an age pyramid
 * with a tail of 80–100+ year olds, 户籍 in the jurisdictions of rules/jurisdictions.csv and a few others, ~6%
 * disabled) and 30% enterprises (mostly micro and small, head-count consistent with the scale, some loss makers,
 * ~1% seriously dishonest). Columns of the other subject type are empty.
 */
public final class PopulationGenerator {
    public static final List<String> HEADER = List.of("key", "type", "age", "hukou", "disabled", "enterpriseScale",
            "employees", "annualTaxableIncome", "totalAssets", "insuredMonths", "layoffRate",
            "unemploymentInsurancePaid", "seriousDishonesty");

    /** 户籍 codes: the jurisdictions of rules/jurisdictions.csv (not 000000) and a few from elsewhere, with weights. */
    static final String[] HUKOU = {"640100", "640300", "640303", "640000", "410700", "410000", "610100", "610000",
            "110105", "310115", "440305", "510107", "420106", "330106"};
    private static final int[] HUKOU_WEIGHT = {18, 8, 3, 2, 14, 3, 20, 4, 5, 5, 5, 5, 4, 4};

    /** Age bands (from, to inclusive) and weights per 10,000: roughly a census pyramid with a long tail. */
    private static final int[][] AGE_BANDS = {
            {0, 14, 1790}, {15, 29, 1900}, {30, 44, 2200}, {45, 59, 2200}, {60, 69, 1050},
            {70, 79, 560}, {80, 89, 250}, {90, 99, 48}, {100, 108, 2}};

    private PopulationGenerator() {}

    public static void write(Writer out, long size, long seed) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        SplittableRandom r = new SplittableRandom(seed);
        long persons = 0;
        long enterprises = 0;
        try {
            CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new))
                    .setRecordSeparator('\n').get().print(out);
            String[] row = new String[HEADER.size()];
            for (long i = 0; i < size; i++) {
                java.util.Arrays.fill(row, "");
                if (r.nextInt(100) < 70) {
                    person(r, row, ++persons);
                } else {
                    enterprise(r, row, ++enterprises);
                }
                p.printRecord((Object[]) row);
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void person(SplittableRandom r, String[] row, long n) {
        row[0] = String.format("P%09d", n);
        row[1] = "NATURAL_PERSON";
        int[] band = AGE_BANDS[weighted(r, AGE_BANDS)];
        int age = band[0] + r.nextInt(band[1] - band[0] + 1);
        row[2] = Integer.toString(age);
        row[3] = HUKOU[weighted(r, HUKOU_WEIGHT)];
        // Disability rises with age (~6% overall).
        int disabledPerMille = age >= 80 ? 220 : age >= 60 ? 110 : 35;
        row[4] = Boolean.toString(r.nextInt(1000) < disabledPerMille);
    }

    private static void enterprise(SplittableRandom r, String[] row, long n) {
        row[0] = String.format("E%09d", n);
        row[1] = "LEGAL_PERSON";
        int s = r.nextInt(1000);
        String scale;
        int employees;
        double assetsMedian;
        if (s < 800) {
            scale = "MICRO";
            employees = 1 + r.nextInt(19);
            assetsMedian = 1_500_000;
        } else if (s < 960) {
            scale = "SMALL";
            employees = 20 + r.nextInt(280);
            assetsMedian = 20_000_000;
        } else if (s < 993) {
            scale = "MEDIUM";
            employees = 300 + r.nextInt(700);
            assetsMedian = 200_000_000;
        } else {
            scale = "LARGE";
            employees = 1000 + (int) Math.min(200_000, Math.exp(r.nextGaussian() * 1.0 + 7.6));
            assetsMedian = 2_000_000_000;
        }
        row[5] = scale;
        row[6] = Integer.toString(employees);
        long assets = Math.max(10_000, Math.round(assetsMedian * Math.exp(r.nextGaussian() * 0.8)));
        // A quarter lose money, some break even; the rest earn a few percent of their assets.
        long income;
        int k = r.nextInt(100);
        if (k < 25) {
            income = -Math.round(assets * 0.05 * r.nextDouble());
        } else if (k < 30) {
            income = 0;
        } else {
            income = Math.round(assets * 0.12 * Math.exp(r.nextGaussian() * 0.7) * r.nextDouble());
        }
        row[7] = Long.toString(income);
        row[8] = Long.toString(assets);
        int insured = r.nextInt(100) < 10 ? 0 : Math.min(240, (int) Math.round(Math.exp(r.nextGaussian() * 0.9 + 3.3)));
        row[9] = Integer.toString(insured);
        // Most enterprises laid nobody off; the others a few percent, a few many.
        double layoff = r.nextInt(100) < 65 ? 0 : Math.min(1.0, Math.abs(r.nextGaussian()) * 0.06);
        row[10] = BigDecimal.valueOf(Math.round(layoff * 10_000), 4).stripTrailingZeros().toPlainString();
        // Employer's unemployment insurance: ~0.5% of an average wage bill of ~70,000 元 a head.
        long paidCents = insured == 0 ? 0 : Math.round(employees * 70_000L * 0.005 * (0.7 + 0.6 * r.nextDouble()) * 100);
        row[11] = BigDecimal.valueOf(paidCents, 2).toPlainString();
        row[12] = Boolean.toString(r.nextInt(1000) < 10);
    }

    private static int weighted(SplittableRandom r, int[][] bands) {
        int total = 0;
        for (int[] b : bands) {
            total += b[2];
        }
        int x = r.nextInt(total);
        for (int i = 0; i < bands.length; i++) {
            x -= bands[i][2];
            if (x < 0) {
                return i;
            }
        }
        return bands.length - 1;
    }

    private static int weighted(SplittableRandom r, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
