package cn.overloadcontrol.system.db;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL and points {@code spring.datasource.*} at it when no external
 * database is configured, so that a fresh machine with only a JDK can run the platform and the
 * tests. Setting {@code SPRING_DATASOURCE_URL} (or {@code spring.datasource.url}) turns it off.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String ENABLED = "app.embedded-db.enabled";
    static final String DATA_DIR = "app.embedded-db.data-dir";
    static final String PORT = "app.embedded-db.port";
    static final String CLEAN = "app.embedded-db.clean";
    static final String STATION_PROFILE = "station";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        if (!environment.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        // The station mode keeps its records in a journal file and has no database at all.
        if (environment.matchesProfiles(STATION_PROFILE)) {
            return;
        }
        EmbeddedPostgresSettings settings = new EmbeddedPostgresSettings(
                environment.getProperty(DATA_DIR, "./data/postgres"),
                environment.getProperty(PORT, Integer.class, 0),
                environment.getProperty(CLEAN, Boolean.class, false));
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings);

        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", server.jdbcUrl());
        properties.put("spring.datasource.username", EmbeddedPostgresServer.USER);
        properties.put("spring.datasource.password", "");
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
    }

    @Override
    public int getOrder() {
        // After the config files have been read, so that application.yml and profiles can
        // set the data directory or disable the embedded server.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
