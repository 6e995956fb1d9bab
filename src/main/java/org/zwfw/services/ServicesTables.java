package org.zwfw.services;

import java.util.List;

import org.zwfw.services.facts.ComplexMatter;
import org.zwfw.services.facts.ServiceListing;

/**
 * The services tables of a rule set: each jurisdiction's 就近办 / 通办 / 全程网办 list and its list of complex matters
 * for 帮办代办, as {@code catalog/service-lists.csv} and {@code catalog/complex-matters.csv} beside its catalog.
 */
public record ServicesTables(List<ServiceListing> listings, List<ComplexMatter> complexMatters) {

    public static ServicesTables empty() {
        return new ServicesTables(List.of(), List.of());
    }

    public List<ServiceListing> listingsOf(String jurisdiction, String matterCode) {
        return listings.stream().filter(l -> l.jurisdiction().equals(jurisdiction) && l.matterCode().equals(matterCode))
                .toList();
    }

    public List<ComplexMatter> complexOf(String jurisdiction, String matterCode) {
        return complexMatters.stream()
                .filter(c -> c.jurisdiction().equals(jurisdiction) && c.matterCode().equals(matterCode)).toList();
    }
}
