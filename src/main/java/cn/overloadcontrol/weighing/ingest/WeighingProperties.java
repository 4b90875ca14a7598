package cn.overloadcontrol.weighing.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of record ingestion ({@code app.weighing}).
 *
 * @param clockSkew how far in the future a weighing time may be, for station clocks that run ahead
 * @param maxBatchSize most records in one batch request
 * @param partitionsAhead monthly partitions kept ready beyond the current month
 */
@ConfigurationProperties("app.weighing")
public record WeighingProperties(
        @DefaultValue("5m") Duration clockSkew,
        @DefaultValue("500") int maxBatchSize,
        @DefaultValue("3") int partitionsAhead) {
}
