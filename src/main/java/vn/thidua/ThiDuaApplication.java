package vn.thidua;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * One Spring Modulith module per feature package (see README, Modules). {@code problem}, {@code text},
 * {@code process} and {@code web} are the kernel every module may use: input and access errors and their problem
 * details, message bundles, the engine's deployment and typed process variables, the shared page helpers.
 */
@SpringBootApplication
@Modulithic(sharedModules = {"problem", "text", "process", "web"})
@ConfigurationPropertiesScan
@EnableScheduling
public class ThiDuaApplication {

    /** Every date the product shows or uses to drive a timer is in Vietnam's time zone. */
    public static final String ZONE_ID = "Asia/Ho_Chi_Minh";

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone(ZONE_ID));
        SpringApplication.run(ThiDuaApplication.class, args);
    }
}
