package cn.overloadcontrol.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the empty area table from {@code region/<jurisdiction code>.csv} on first start. After
 * that the areas belong to the office, which edits them on screen.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AreaSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AreaSeeder.class);

    private final AreaRepository areas;
    private final JurisdictionProperties jurisdiction;

    AreaSeeder(AreaRepository areas, JurisdictionProperties jurisdiction) {
        this.areas = areas;
        this.jurisdiction = jurisdiction;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (areas.count() > 0) {
            return;
        }
        ClassPathResource seed = new ClassPathResource("region/" + jurisdiction.code() + ".csv");
        if (!seed.exists()) {
            log.warn("No area list ships for jurisdiction {} ({}); add the areas on the area screen",
                    jurisdiction.code(), jurisdiction.name());
            return;
        }
        int loaded = load(seed);
        log.info("Seeded {} areas of {} ({})", loaded, jurisdiction.name(), jurisdiction.code());
    }

    private int load(ClassPathResource seed) {
        int order = 0;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(seed.getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",");
                order += 10;
                areas.save(new Area(fields[0].strip(), fields[1].strip(), AreaKind.valueOf(fields[2].strip()),
                        Boolean.parseBoolean(fields[3].strip()), order));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the area seed " + seed.getPath(), e);
        }
        return order / 10;
    }
}
