package cn.overloadcontrol;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Entry point of both run modes. With no command it starts the city platform; the station
 * mode and the offline {@code tools} commands are dispatched from here as they arrive.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class OverloadControlApplication {

    public static void main(String[] args) {
        SpringApplication.run(OverloadControlApplication.class, args);
    }
}
