package org.zwfw.acceptance.facts;

/** The 告知承诺 route applies: the agency approves directly on the applicant's commitment. */
public record CommitmentGranted() {}
