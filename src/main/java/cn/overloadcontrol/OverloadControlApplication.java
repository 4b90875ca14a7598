package cn.overloadcontrol;

import java.util.Arrays;

import cn.overloadcontrol.agent.StationApplication;
import cn.overloadcontrol.agent.StationCommand;
import cn.overloadcontrol.tools.Tools;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Entry point of both run modes. With no command it starts the city platform. {@code station}
 * (or the {@code station} profile) starts the weighbridge-room program, which has its own Spring
 * configuration in the agent package, and {@code tools} runs an offline diagnostic.
 *
 * <p>This is {@code @SpringBootApplication} spelled out, because the platform's component scan
 * must leave out the station-side agent package; {@code @Modulithic} marks the root of the
 * modules for Spring Modulith in its place.
 */
@Modulithic
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "cn\\.overloadcontrol\\.agent\\..*")})
@ConfigurationPropertiesScan
@EnableScheduling
public class OverloadControlApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("tools")) {
            // Diagnostics run without Spring, the web server or a database.
            System.exit(Tools.main(args));
        }
        if (args.length > 0 && args[0].equals(StationApplication.PROFILE)) {
            StationCommand.run(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        String configuredProfiles = System.getProperty("spring.profiles.active", System.getenv("SPRING_PROFILES_ACTIVE"));
        if (stationProfileRequested(args, configuredProfiles)) {
            StationApplication.run(args);
            return;
        }
        SpringApplication.run(OverloadControlApplication.class, args);
    }

    /**
     * Returns whether {@code --spring.profiles.active}, or else the system property or
     * environment variable passed as {@code configuredProfiles}, names the station profile.
     */
    static boolean stationProfileRequested(String[] args, String configuredProfiles) {
        String prefix = "--spring.profiles.active=";
        String profiles = Arrays.stream(args)
                .filter(arg -> arg.startsWith(prefix))
                .reduce((first, second) -> second)
                .map(arg -> arg.substring(prefix.length()))
                .orElse(configuredProfiles == null ? "" : configuredProfiles);
        return Arrays.stream(profiles.split(",")).map(String::strip).anyMatch(StationApplication.PROFILE::equals);
    }
}
