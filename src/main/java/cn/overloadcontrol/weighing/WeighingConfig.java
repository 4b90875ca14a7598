package cn.overloadcontrol.weighing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class WeighingConfig {

    @Bean
    LimitEngine limitEngine() {
        return LimitEngine.withBundledTables();
    }
}
