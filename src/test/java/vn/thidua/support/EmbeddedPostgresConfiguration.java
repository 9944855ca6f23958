package vn.thidua.support;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A real PostgreSQL for the Spring context that uses it: a fresh, empty database of its own on the one embedded
 * server of the test JVM ({@link SharedPostgres}). The server outlives every context: {@link OrderlyContextShutdown}
 * closes the contexts (engine and pool first) before it stops the server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(SharedPostgres.newDatabase());
        config.setMaximumPoolSize(10);
        config.setPoolName("embedded-postgres");
        return new HikariDataSource(config);
    }
}
