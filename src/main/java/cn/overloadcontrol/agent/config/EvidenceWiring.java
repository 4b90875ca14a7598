package cn.overloadcontrol.agent.config;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import cn.overloadcontrol.agent.board.Boards;
import cn.overloadcontrol.agent.evidence.CameraSnapshotHandler;
import cn.overloadcontrol.agent.evidence.EvidenceCapture;
import cn.overloadcontrol.agent.evidence.MediaStore;
import cn.overloadcontrol.agent.evidence.PlateReads;
import cn.overloadcontrol.agent.evidence.RecordSealer;
import cn.overloadcontrol.agent.evidence.SimulatedPlateCamera;
import cn.overloadcontrol.agent.evidence.StationCameras;
import cn.overloadcontrol.agent.journal.DeliveryCursor;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.platform.CredentialStore;
import cn.overloadcontrol.agent.platform.Forwarder;
import cn.overloadcontrol.agent.platform.ForwarderSettings;
import cn.overloadcontrol.agent.platform.MediaForwarder;
import cn.overloadcontrol.agent.platform.PlatformClient;
import cn.overloadcontrol.device.CameraCapture;
import cn.overloadcontrol.device.CameraCaptures;
import cn.overloadcontrol.device.CameraPosition;
import cn.overloadcontrol.device.CameraSource;
import cn.overloadcontrol.device.CameraVendor;
import cn.overloadcontrol.device.PassageCameras;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lane's cameras: plate reads, RTSP capture at stable, sealing records with their evidence,
 * and uploading the media files. In {@code station --simulate} without configured RTSP cameras,
 * two simulated cameras draw pictures, and a simulated plate camera pushes to this station.
 */
@Configuration
class EvidenceWiring {

    private static final Logger log = LoggerFactory.getLogger(EvidenceWiring.class);
    /** The simulated plate camera pushes from loopback. */
    static final String SIMULATED_PLATE_ADDRESS = "127.0.0.1";

    @Bean
    MediaStore mediaStore(StationProperties properties) {
        return new MediaStore(properties.dataDir());
    }

    /** Builds the configured cameras with their last successes from the journal, so a restart keeps them. */
    @Bean
    StationCameras stationCameras(StationProperties properties, CredentialStore credentials, Clock clock,
            Journal journal) {
        StationCameras cameras = cameras(properties, credentials, clock);
        cameras.restoreLastSuccess(journal);
        return cameras;
    }

    StationCameras cameras(StationProperties properties, CredentialStore credentials, Clock clock) {
        StationProperties.Cameras settings = properties.cameras();
        List<StationCameras.RtspCamera> rtsp = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int index = 0; index < settings.rtsp().size(); index++) {
            StationProperties.Rtsp camera = settings.rtsp().get(index);
            rtsp.add(rtspCamera(index, camera, credentials));
            requireUnique(ids, camera.id(), "station.cameras.rtsp[" + index + "].id");
        }
        if (rtsp.isEmpty() && properties.simulate()) {
            rtsp.add(simulated("sim-front", CameraPosition.FRONT));
            rtsp.add(simulated("sim-side", CameraPosition.SIDE));
        }
        List<StationCameras.PlateCamera> plate = new ArrayList<>();
        for (int index = 0; index < settings.plate().size(); index++) {
            StationProperties.Plate camera = settings.plate().get(index);
            plate.add(plateCamera(index, camera));
            requireUnique(ids, camera.id(), "station.cameras.plate[" + index + "].id");
        }
        if (properties.simulate() && plate.stream().noneMatch(camera -> camera.address().equals(SIMULATED_PLATE_ADDRESS))) {
            plate.add(new StationCameras.PlateCamera(SimulatedPlateCamera.CAMERA_ID, "SIMULATED",
                    SIMULATED_PLATE_ADDRESS));
        }
        log.info("Cameras: {} RTSP {}, {} plate {}", rtsp.size(), rtsp.stream().map(StationCameras.RtspCamera::id)
                .toList(), plate.size(), plate.stream().map(StationCameras.PlateCamera::id).toList());
        return new StationCameras(rtsp, plate, settings.plateSilence(), clock);
    }

    @Bean(destroyMethod = "close")
    CameraCapture cameraCapture(StationProperties properties, StationCameras cameras,
            ObjectProvider<SimulatedPlateCamera> simulatedPlate) {
        if (properties.cameras().rtsp().isEmpty()) {
            // Simulated pictures, or no camera at all: a station without cameras never loads the FFmpeg natives.
            return CameraCaptures.simulated(cameras, source -> simulatedPlate.getIfAvailable() == null ? ""
                    : simulatedPlate.getObject().truckPlate());
        }
        // A snapshot and a clip per camera run at once, plus room for the installer's preview snapshots.
        return CameraCaptures.rtsp(Math.max(2, 2 * cameras.rtsp().size() + 1), cameras);
    }

    @Bean(destroyMethod = "close")
    PassageCameras passageCameras(CameraCapture capture, StationProperties properties) {
        return new PassageCameras(capture, properties.cameras().clipLength());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnBooleanProperty("station.simulate")
    SimulatedPlateCamera simulatedPlateCamera(Clock clock) {
        return new SimulatedPlateCamera(clock, new Random());
    }

    /** Points the simulated plate camera at this station's port, known only once the web server runs. */
    @Bean
    ApplicationListener<WebServerInitializedEvent> simulatedPlateCameraTarget(
            ObjectProvider<SimulatedPlateCamera> camera) {
        return event -> camera.ifAvailable(simulated -> simulated.pushTo(SIMULATED_PLATE_ADDRESS,
                event.getWebServer().getPort()));
    }

    @Bean
    PlateReads plateReads(Journal journal, MediaStore media, StationProperties properties) {
        return new PlateReads(journal, media, properties.cameras().plateBefore(), properties.cameras().plateAfter());
    }

    @Bean(destroyMethod = "close")
    EvidenceCapture evidenceCapture(Journal journal, MediaStore media, StationCameras cameras,
            PassageCameras passageCameras, StationProperties properties, ObjectProvider<Forwarder> forwarder) {
        return new EvidenceCapture(journal, media, cameras, passageCameras, properties.cameras().maxClipBytes(),
                () -> forwarder.getObject().wake());
    }

    @Bean
    RecordSealer recordSealer(Journal journal, PlateReads plates, EvidenceCapture capture, StationCameras cameras,
            StationProperties properties, Boards boards, Clock clock) {
        // Without a board no LED_SHOWN entry ever comes, so a record need not wait for one.
        Duration ledWait = boards.all().isEmpty() ? Duration.ZERO : properties.cameras().ledWait();
        return new RecordSealer(journal, plates, capture, cameras,
                EvidenceCapture.settleDeadline(properties.cameras().clipLength()), ledWait, clock);
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    MediaForwarder mediaForwarder(Journal journal, DeliveryCursor cursor, CredentialStore credentials,
            PlatformClient client, MediaStore media, StationProperties properties) {
        StationProperties.Forward forward = properties.forward();
        ForwarderSettings settings = new ForwarderSettings(forward.batchSize(), forward.firstRetry(),
                forward.maxRetry(), ForwarderSettings.defaults().idlePoll());
        return new MediaForwarder(journal, cursor, credentials, client, media::read, settings);
    }

    @Bean
    CameraSnapshotHandler cameraSnapshotHandler(StationCameras cameras, CameraCapture capture, PlateReads plates) {
        return new CameraSnapshotHandler(cameras, capture, plates);
    }

    private static StationCameras.RtspCamera rtspCamera(int index, StationProperties.Rtsp camera,
            CredentialStore credentials) {
        String prefix = "station.cameras.rtsp[" + index + "]";
        String id = required(camera.id(), prefix + ".id");
        CameraPosition position = position(camera.position(), prefix + ".position");
        String username = camera.username() == null ? "" : camera.username().strip();
        String password = password(camera.password(), prefix + ".password", credentials);
        CameraSource snapshot = new CameraSource(id, position, required(camera.url(), prefix + ".url"), username,
                password);
        String clipUrl = camera.clipUrl() == null || camera.clipUrl().isBlank() ? snapshot.url()
                : camera.clipUrl().strip();
        return new StationCameras.RtspCamera(snapshot, new CameraSource(id, position, clipUrl, username, password));
    }

    /** Decrypts an {@code enc:} password; a plain one is rejected, so no readable file contains a password. */
    private static String password(String value, String property, CredentialStore credentials) {
        if (value == null || value.isBlank()) {
            return "";
        }
        if (!value.strip().startsWith(CredentialStore.ENCRYPTED_PREFIX)) {
            throw new StationSettingException("摄像机密码 " + property + " 未加密：请在本机运行 java -jar <jar> station"
                    + " camera-secret，把输出的 enc:... 值填到这里", property + " is not encrypted; run `java -jar <jar>"
                    + " station camera-secret` on this PC and put the printed enc:... value there");
        }
        try {
            return credentials.decryptText(value.strip());
        } catch (IllegalArgumentException e) {
            throw new StationSettingException("摄像机密码 " + property + " 无法用本机的密钥解密：请在本机重新运行"
                    + " station camera-secret，把输出的 enc:... 值填到这里", property + ": " + e.getMessage());
        }
    }

    private static StationCameras.PlateCamera plateCamera(int index, StationProperties.Plate camera) {
        String prefix = "station.cameras.plate[" + index + "]";
        String vendor = required(camera.vendor(), prefix + ".vendor").toUpperCase(Locale.ROOT);
        try {
            CameraVendor.valueOf(vendor);
        } catch (IllegalArgumentException e) {
            throw new StationSettingException(prefix + ".vendor 的值“" + camera.vendor()
                    + "”无效，应为 HIKVISION、DAHUA 或 VZENITH", prefix + ".vendor \"" + camera.vendor()
                    + "\" is invalid; use HIKVISION, DAHUA or VZENITH");
        }
        return new StationCameras.PlateCamera(required(camera.id(), prefix + ".id"), vendor,
                required(camera.address(), prefix + ".address"));
    }

    private static CameraPosition position(String value, String property) {
        try {
            return CameraPosition.valueOf(required(value, property).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new StationSettingException(property + " 的值“" + value + "”无效，应为 FRONT、REAR、SIDE、TOP 或"
                    + " CARGO", property + " \"" + value + "\" is invalid; use FRONT, REAR, SIDE, TOP or CARGO");
        }
    }

    private static StationCameras.RtspCamera simulated(String id, CameraPosition position) {
        CameraSource source = CameraSource.anonymous(id, position, "rtsp://127.0.0.1/simulated/" + id);
        return new StationCameras.RtspCamera(source, source);
    }

    private static String required(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new StationSettingException("缺少配置项 " + property, property + " is missing");
        }
        return value.strip();
    }

    private static void requireUnique(Set<String> ids, String id, String property) {
        if (!ids.add(id.strip())) {
            throw new StationSettingException(property + " 的编号“" + id + "”已被另一台摄像机使用，编号在磅房内不能重复",
                    property + " \"" + id + "\" is used by another camera; ids must be unique in the station");
        }
    }
}
