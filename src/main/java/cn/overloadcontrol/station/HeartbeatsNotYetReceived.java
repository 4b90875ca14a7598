package cn.overloadcontrol.station;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Placeholders for the figures that stations will report in heartbeats: every unit has no data,
 * so the acceptance items that need them stay open for an inspector to check by hand.
 * NOTE: replace both beans with heartbeat-backed implementations once stations send heartbeats.
 */
@Configuration
class HeartbeatsNotYetReceived {

    @Bean
    @ConditionalOnMissingBean(StationReportedCounts.class)
    StationReportedCounts noReportedCounts() {
        return (unitId, from, to) -> OptionalLong.empty();
    }

    @Bean
    @ConditionalOnMissingBean(DeviceOnlineRates.class)
    DeviceOnlineRates noOnlineRates() {
        return (unitId, from, to) -> Optional.<BigDecimal>empty();
    }
}
