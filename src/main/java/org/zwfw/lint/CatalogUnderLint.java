package org.zwfw.lint;

import java.util.List;

import org.zwfw.lint.facts.ListedMaterial;
import org.zwfw.lint.facts.ListedMatter;
import org.zwfw.lint.facts.ListedProof;
import org.zwfw.lint.facts.ListedTolerable;

/** A catalog folder as written, for the lint rules to judge. */
public record CatalogUnderLint(List<ListedMatter> matters, List<ListedMaterial> materials,
                               List<ListedTolerable> tolerable, List<ListedProof> retainedProofs) {}
