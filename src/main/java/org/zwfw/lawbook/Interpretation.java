package org.zwfw.lawbook;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of an instrument's interpretation register ({@code interpretations.csv} beside its manifest): a reading
 * the analysts chose where the texts on file are silent or ambiguous (domain.md §0) — the articles it reads, the
 * reading, why, who decided and when. Rules that rely on it name it in {@code @interpretation}.
 */
public record Interpretation(String id, String instrument, String instrumentTitle, List<String> articles,
                             String reading, String why, String decidedBy, LocalDate decidedOn, String file,
                             int line) {}
