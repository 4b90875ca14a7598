package cn.overloadcontrol;

import cn.overloadcontrol.tools.Tools;
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
        if (args.length > 0 && args[0].equals("tools")) {
            // Diagnostics run without Spring, the web server or a database.
            System.exit(Tools.main(args));
        }
        SpringApplication.run(OverloadControlApplication.class, args);
    }
}
