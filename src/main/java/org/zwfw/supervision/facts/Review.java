package org.zwfw.supervision.facts;

import java.time.LocalDate;

/** A 好差评 review as the rules see it: its rating, whether it was given under the reviewer's real name, its date. */
public record Review(String jurisdiction, String matterCode, String channel, LocalDate date, String rating,
                     boolean realName) {
    public String getJurisdiction() { return jurisdiction; }
    public String getChannel() { return channel; }
    public LocalDate getDate() { return date; }
    public String getRating() { return rating; }
    public boolean isRealName() { return realName; }
}
