package org.zwfw.bundles.facts;

import java.util.List;

/**
 * One material of the bundle, asked of the applicant once, with the status the application gives it (a material not
 * listed is MISSING) and the materials of the bundle's matters it serves ({@code MATTER/MATERIAL}).
 */
public class Submitted {
    private final String code;
    private final String name;
    private final String status;
    private final List<String> serves;

    public Submitted(String code, String name, String status, List<String> serves) {
        this.code = code;
        this.name = name;
        this.status = status;
        this.serves = List.copyOf(serves);
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getStatus() { return status; }
    public List<String> getServes() { return serves; }

    /** The codes of the materials of {@code matter} this bundle material serves. */
    public List<String> servedOf(String matter) {
        return serves.stream().filter(s -> s.startsWith(matter + "/")).map(s -> s.substring(matter.length() + 1)).toList();
    }
}
