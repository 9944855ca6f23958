package vn.thidua.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The hour a deadline given as a day falls at is thidua.deadline.close-of-day; an installation that still sets the
 * former thidua.campaign.close-of-day keeps its hour.
 */
class CloseOfDaySettingTest {

    @Test
    void shippedDefaultIsFivePm() throws IOException {
        assertThat(closeOfDay(Map.of())).isEqualTo(LocalTime.of(17, 0));
    }

    @Test
    void theFormerCampaignSettingIsStillRead() throws IOException {
        assertThat(closeOfDay(Map.of("thidua.campaign.close-of-day", "16:30"))).isEqualTo(LocalTime.of(16, 30));
    }

    @Test
    void theDeadlineSettingWins() throws IOException {
        assertThat(closeOfDay(Map.of("thidua.deadline.close-of-day", "16:00"))).isEqualTo(LocalTime.of(16, 0));
    }

    private static LocalTime closeOfDay(Map<String, Object> configured) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("configured", configured));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        Binder binder = new Binder(ConfigurationPropertySources.from(environment.getPropertySources()),
                new PropertySourcesPlaceholdersResolver(environment), ApplicationConversionService.getSharedInstance());
        return binder.bind("thidua.deadline", DeadlineProperties.class).get().closeOfDay();
    }
}
