package vn.thidua.campaign;

import java.time.OffsetDateTime;

/** A launched emulation campaign (phong trào thi đua) over the subtree of {@code rootUnitCode}. */
public record Campaign(long id, String name, String schoolYear, String rootUnitCode, Integer leadDays,
                       String launchedBy, OffsetDateTime launchedAt, String processInstanceId, String status) {

    public static final String STATUS_RUNNING = "RUNNING";
    public static final String STATUS_CLOSED = "CLOSED";
}
