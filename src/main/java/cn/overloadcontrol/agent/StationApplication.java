package cn.overloadcontrol.agent;

import cn.overloadcontrol.agent.config.StationProperties;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The station run mode: the program on the weighbridge-room PC. It scans only the station-side
 * packages and starts no database: its store is the journal in the data folder, so the
 * DataSource, JPA and Flyway auto-configurations are off. The platform's own configuration
 * leaves this package out of its component scan.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = {DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
        DataJpaRepositoriesAutoConfiguration.class, FlywayAutoConfiguration.class})
@ComponentScan(basePackages = "cn.overloadcontrol.agent")
@EnableConfigurationProperties(StationProperties.class)
@EnableScheduling
public class StationApplication {

    /** The Spring profile of the station mode; application-station.yml contains its settings. */
    public static final String PROFILE = "station";

    /** Starts the station with the {@value #PROFILE} profile added to any active ones. */
    public static ConfigurableApplicationContext run(String... args) {
        return new SpringApplicationBuilder(StationApplication.class)
                .profiles(PROFILE)
                .run(args);
    }
}
