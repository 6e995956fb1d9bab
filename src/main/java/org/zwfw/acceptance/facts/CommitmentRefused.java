package org.zwfw.acceptance.facts;

/** The 告知承诺 route is not available for this application; it is decided on the ordinary route. */
public record CommitmentRefused(String ground) {
    public String getGround() { return ground; }
}
