package cn.overloadcontrol.weighing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads limit tables from JSON files. The bundled tables are every classpath resource matching
 * {@value #BUNDLED_PATTERN}, so a new version is a new file, not new code.
 */
final class LimitTableLoader {

    static final String BUNDLED_PATTERN = "classpath*:weighing/limit-table-*.json";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            // A misspelt field would otherwise be dropped silently and its rule ignored.
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private LimitTableLoader() {
    }

    static LimitTables loadBundled() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(LimitTableLoader.class.getClassLoader())
                    .getResources(BUNDLED_PATTERN);
            List<LimitTable> tables = new ArrayList<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    tables.add(parse(resource.getDescription(), in));
                }
            }
            if (tables.isEmpty()) {
                throw new IllegalStateException("no limit table found at " + BUNDLED_PATTERN);
            }
            return new LimitTables(tables);
        } catch (IOException e) {
            throw new IllegalStateException("failed to read the limit tables at " + BUNDLED_PATTERN, e);
        }
    }

    /**
     * Parses and checks one table.
     *
     * @param sourceName file or resource name for error messages
     * @throws IllegalStateException naming the source and the offending field
     */
    static LimitTable parse(String sourceName, InputStream in) {
        try {
            return MAPPER.readValue(in, LimitTableFile.class).toTable();
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalStateException("invalid limit table " + sourceName + ": " + e.getMessage(), e);
        }
    }
}
