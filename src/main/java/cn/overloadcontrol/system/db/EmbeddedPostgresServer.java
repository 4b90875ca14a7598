package cn.overloadcontrol.system.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL per JVM. Tests start several Spring contexts in one JVM and all of
 * them share this server, so it is started once and stopped by a shutdown hook.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STALE_SERVER_STOP_TIMEOUT = Duration.ofSeconds(15);

    private static EmbeddedPostgresServer instance;

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static synchronized EmbeddedPostgresServer start(EmbeddedPostgresSettings settings) {
        if (instance != null) {
            return instance;
        }
        Path dataDirectory = Path.of(settings.dataDirectory()).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDirectory);
            if (!settings.clean()) {
                stopServerLeftBehind(dataDirectory);
            }
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(settings.clean())
                    .setPort(settings.port())
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false)
                    .start();
            instance = new EmbeddedPostgresServer(postgres);
            // Spring runs its shutdown handlers after it has closed the application contexts, so
            // the server stops after the web server has finished its requests and after the
            // connection pool is closed. A JVM shutdown hook, such as the library's own, would
            // run at the same time as Spring's and stop the server under running requests.
            SpringApplication.getShutdownHandlers().add(instance::close);
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dataDirectory);
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL failed to start with data directory " + dataDirectory
                    + "; set SPRING_DATASOURCE_URL to use an external server instead", e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    private void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.toString());
        }
    }

    /**
     * Stops a postmaster that a killed JVM left running on this data directory; otherwise the
     * new start fails with "another server might be running".
     */
    private static void stopServerLeftBehind(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().map(command -> command.contains("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        log.warn("Stopping PostgreSQL process {} left running on {} by an earlier run", pid, dataDirectory);
        ProcessHandle postmaster = process.get();
        postmaster.destroy();
        try {
            postmaster.onExit().get(STALE_SERVER_STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.destroyForcibly();
        }
    }
}
