package vn.thidua.deadline;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.thidua.ThiDuaApplication;

/**
 * "Now" as the process engine sees it. Timers fire by the engine's clock, so every deadline computation
 * reads the same clock (tests move it instead of sleeping). The one place that touches Camunda's ClockUtil.
 */
@Component
public class EngineClock {

    public static final ZoneId ZONE = ZoneId.of(ThiDuaApplication.ZONE_ID);

    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
    }
}
