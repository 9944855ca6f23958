package vn.thidua;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
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
