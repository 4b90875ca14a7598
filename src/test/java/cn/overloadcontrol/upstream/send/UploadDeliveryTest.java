package cn.overloadcontrol.upstream.send;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.upstream.StandInPlatform;
import cn.overloadcontrol.upstream.TestTargets;
import cn.overloadcontrol.upstream.outbox.ClaimedTask;
import cn.overloadcontrol.upstream.outbox.TaskKind;
import cn.overloadcontrol.upstream.outbox.TaskStore;
import cn.overloadcontrol.upstream.target.AuthKind;
import cn.overloadcontrol.upstream.target.TargetStore;
import cn.overloadcontrol.upstream.target.UploadTarget;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import static cn.overloadcontrol.support.ApiSigner.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Delivery of records to a real HTTP stand-in on 127.0.0.1: what arrives, and how the sender
 * reacts to errors, throttling, timeouts, dropped connections and malformed answers. Each test
 * has its own target and station; the scheduled sender is off in tests, so each test drives it.
 */
@IntegrationTest
class UploadDeliveryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TargetStore targets;
    @Autowired
    TaskStore tasks;
    @Autowired
    UploadSender sender;
    @Autowired
    CircuitBreakers breakers;

    StandInPlatform platform;
    TestData.StationWithKey station;
    final List<Long> createdTargets = new ArrayList<>();

    /** One station for the class, so that the shared database does not fill up with stations. */
    static TestData.StationWithKey sharedStation;

    @BeforeEach
    void startPlatform() throws Exception {
        platform = new StandInPlatform();
        if (sharedStation == null) {
            sharedStation = data.stationWithKey();
        }
        station = sharedStation;
    }

    @AfterEach
    void disableTargets() {
        // Other test classes share the database: leave no enabled target that queues their records.
        createdTargets.forEach(id -> jdbc.update("update upstream_target set enabled = false where id = ?", id));
        platform.close();
    }

    private UploadTarget target(TestTargets settings, String secret) {
        long id = targets.insert(settings.settings(), secret);
        createdTargets.add(id);
        return targets.find(id).orElseThrow();
    }

    private UploadTarget target(TestTargets settings) {
        return target(settings, null);
    }

    private TestTargets settings() {
        return new TestTargets(platform.baseUrl());
    }

    private long sendRecord() throws Exception {
        return RecordSender.send(mvc, station, SampleRecords.sixAxle(TestData.unique("UP-")));
    }

    private Map<String, Object> task(UploadTarget target, long recordId) {
        return jdbc.queryForMap("select * from upstream_task where target_id = ? and record_id = ? and kind = 'RECORD'",
                target.id(), recordId);
    }

    private void makeDue(UploadTarget target) {
        jdbc.update("update upstream_task set due_at = now() where target_id = ? and status = 'PENDING'",
                target.id());
    }

    private static String key(RecordedRequest request) {
        return request.getHeaders().get("Idempotency-Key");
    }

    @Test
    void recordArrivesWithMappedFields() throws Exception {
        TestTargets settings = settings();
        settings.mapping = """
                {"fields": {"recordNumber": "jlbh", "plateNumber": "cphm", "plateColor": "cpys", "grossKg": "zz",
                            "weighedAt": "czsj", "direction": "fx", "unitCreditCode": "tyshxydm"},
                 "weightUnit": "t", "weightScale": 2, "dateFormat": "yyyy-MM-dd HH:mm:ss",
                 "plateColorCodes": "TOLL", "codeTables": {"direction": {"OUTBOUND": "1", "INBOUND": "2"}},
                 "constants": {"xzqh": "140581"}}
                """;
        UploadTarget target = target(settings);
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("UP-"));
        long recordId = RecordSender.send(mvc, station, record);

        assertThat(sender.sendTarget(target)).isEqualTo(1);

        RecordedRequest request = platform.requestsTo("/records").get(0);
        JsonNode item = StandInPlatform.json(request).get("records").get(0);
        assertThat(item.get("jlbh").asString()).isEqualTo(record.get("recordNumber"));
        assertThat(item.get("cphm").asString()).isEqualTo("晋E12345");
        assertThat(item.get("cpys").asString()).as("yellow in the toll code set").isEqualTo("1");
        assertThat(item.get("zz").decimalValue()).isEqualByComparingTo("52.40");
        assertThat(item.get("czsj").asString()).isEqualTo(OffsetDateTime.parse((String) record.get("weighedAt"))
                .atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        assertThat(item.get("fx").asString()).isEqualTo("1");
        assertThat(item.get("tyshxydm").asString()).hasSize(18);
        assertThat(item.get("xzqh").asString()).isEqualTo("140581");
        assertThat(item.has("driverName")).as("unmapped fields are left out").isFalse();
        Map<String, Object> task = task(target, recordId);
        assertThat(task.get("status")).isEqualTo("DELIVERED");
        assertThat(task.get("delivered_at")).isNotNull();
        assertThat(key(request)).isEqualTo(task.get("idempotency_key").toString());
        assertThat(item.get("idempotencyKey").asString()).isEqualTo(task.get("idempotency_key").toString());
    }

    @Test
    void hmacSignatureCoversTheCanonicalString() throws Exception {
        TestTargets settings = settings();
        settings.authKind = AuthKind.HMAC_SHA256;
        settings.appKey = "gaoping-app";
        UploadTarget target = target(settings, "s3cret-of-the-province");
        sendRecord();

        sender.sendTarget(target);

        RecordedRequest request = platform.requestsTo("/records").get(0);
        byte[] body = request.getBody().toByteArray();
        String canonical = "gaoping-app\nPOST\n/records\n" + request.getHeaders().get("X-Timestamp") + "\n"
                + request.getHeaders().get("X-Nonce") + "\n" + Signatures.sha256(body);
        assertThat(request.getHeaders().get("X-App-Key")).isEqualTo("gaoping-app");
        assertThat(request.getHeaders().get("X-Signature"))
                .isEqualTo(Signatures.hmacSha256(Signatures.utf8("s3cret-of-the-province"), Signatures.utf8(canonical)));
        assertThat(request.getHeaders().toString()).doesNotContain("s3cret-of-the-province");
    }

    @Test
    void sm3SignatureUsesHmacSm3() throws Exception {
        TestTargets settings = settings();
        settings.authKind = AuthKind.SM3;
        settings.appKey = "jc-app";
        settings.signTemplate = "{appKey}{timestamp}{nonce}{bodySm3}";
        UploadTarget target = target(settings, "jc-secret");
        sendRecord();

        sender.sendTarget(target);

        RecordedRequest request = platform.requestsTo("/records").get(0);
        String canonical = "jc-app" + request.getHeaders().get("X-Timestamp") + request.getHeaders().get("X-Nonce")
                + Signatures.sm3(request.getBody().toByteArray());
        assertThat(request.getHeaders().get("X-Signature-Method")).isEqualTo("HMAC-SM3");
        assertThat(request.getHeaders().get("X-Signature"))
                .isEqualTo(Signatures.hmacSm3(Signatures.utf8("jc-secret"), Signatures.utf8(canonical)));
    }

    @Test
    void tokenIsFetchedAndRefreshedAfter401() throws Exception {
        TestTargets settings = settings();
        settings.authKind = AuthKind.TOKEN;
        settings.appKey = "token-app";
        settings.tokenPath = "/login";
        settings.tokenJsonPath = "data.token";
        UploadTarget target = target(settings, "token-secret");
        long recordId = sendRecord();
        platform.thenAnswer(request -> StandInPlatform.ok("{\"data\":{\"token\":\"first\"}}"));
        platform.thenStatus(401, "{\"code\":\"401\"}");

        sender.sendTarget(target);
        assertThat(task(target, recordId).get("status")).isEqualTo("PENDING");
        platform.thenAnswer(request -> StandInPlatform.ok("{\"data\":{\"token\":\"second\"}}"));
        makeDue(target);
        sender.sendTarget(target);

        List<RecordedRequest> logins = platform.requestsTo("/login");
        assertThat(logins).hasSize(2);
        assertThat(StandInPlatform.json(logins.get(0)).get("appSecret").asString()).isEqualTo("token-secret");
        List<RecordedRequest> uploads = platform.requestsTo("/records");
        assertThat(uploads.get(0).getHeaders().get("Authorization")).isEqualTo("Bearer first");
        assertThat(uploads.get(1).getHeaders().get("Authorization")).isEqualTo("Bearer second");
        assertThat(task(target, recordId).get("status")).isEqualTo("DELIVERED");
    }

    @Test
    void serverErrorIsRetriedWithSameKey() throws Exception {
        UploadTarget target = target(settings());
        long recordId = sendRecord();
        platform.thenStatus(500, "internal error");

        sender.sendTarget(target);

        Map<String, Object> failed = task(target, recordId);
        assertThat(failed.get("status")).isEqualTo("PENDING");
        assertThat(failed.get("attempts")).isEqualTo(1);
        assertThat((String) failed.get("last_error")).contains("HTTP 500");
        assertThat(((java.sql.Timestamp) failed.get("due_at")).toInstant()).isAfter(java.time.Instant.now());
        assertThat(sender.sendTarget(target)).as("not due before its backoff ends").isZero();

        makeDue(target);
        sender.sendTarget(target);

        List<RecordedRequest> requests = platform.requestsTo("/records");
        assertThat(requests).hasSize(2);
        assertThat(key(requests.get(1))).isEqualTo(key(requests.get(0)));
        assertThat(task(target, recordId).get("status")).isEqualTo("DELIVERED");
    }

    @Test
    void lostAnswerRetryCarriesSameKey() throws Exception {
        UploadTarget target = target(settings());
        long recordId = sendRecord();
        platform.thenStoreAndDropAnswer();

        sender.sendTarget(target);
        assertThat(task(target, recordId).get("status")).isEqualTo("PENDING");
        makeDue(target);
        sender.sendTarget(target);

        List<RecordedRequest> requests = platform.requestsTo("/records");
        assertThat(requests).hasSize(2);
        assertThat(key(requests.get(1))).isEqualTo(key(requests.get(0)));
        String itemKey = task(target, recordId).get("idempotency_key").toString();
        assertThat(platform.storedCount(itemKey)).as("received twice under one key").isEqualTo(2);
        assertThat(platform.storedItems().stream()
                .filter(item -> itemKey.equals(item.get("idempotencyKey").asString()))).hasSize(1);
        assertThat(task(target, recordId).get("status")).isEqualTo("DELIVERED");
    }

    @Test
    void connectionResetIsRetried() throws Exception {
        UploadTarget target = target(settings());
        long recordId = sendRecord();
        platform.thenResetConnection();

        sender.sendTarget(target);

        Map<String, Object> failed = task(target, recordId);
        assertThat(failed.get("status")).isEqualTo("PENDING");
        assertThat((String) failed.get("last_error")).contains("connection failed");
    }

    @Test
    void unreachableTargetIsRetried() throws Exception {
        TestTargets settings = settings();
        platform.close();
        UploadTarget target = target(settings);
        long recordId = sendRecord();

        sender.sendTarget(target);

        Map<String, Object> failed = task(target, recordId);
        assertThat(failed.get("status")).isEqualTo("PENDING");
        assertThat((String) failed.get("last_error")).contains("connection failed");
    }

    @Test
    void tooManyRequestsHonoursRetryAfter() throws Exception {
        UploadTarget target = target(settings());
        long recordId = sendRecord();
        platform.thenAnswer(request -> new mockwebserver3.MockResponse.Builder().code(429)
                .addHeader("Retry-After", "120").build());

        sender.sendTarget(target);

        Map<String, Object> throttled = task(target, recordId);
        assertThat(throttled.get("status")).isEqualTo("PENDING");
        assertThat(throttled.get("attempts")).as("a 429 does not use up an attempt").isEqualTo(0);
        assertThat(((java.sql.Timestamp) throttled.get("due_at")).toInstant())
                .isBetween(java.time.Instant.now().plusSeconds(110), java.time.Instant.now().plusSeconds(121));
        assertThat(breakers.permit(target.id())).isEqualTo(CircuitBreakers.Permit.WAIT);
        makeDue(target);
        assertThat(sender.sendTarget(target)).as("held until Retry-After even when due").isZero();
        assertThat(platform.requestsTo("/records")).hasSize(1);
    }

    @Test
    void slowAnswerTimesOut() throws Exception {
        TestTargets settings = settings();
        settings.readTimeoutMs = 500;
        UploadTarget target = target(settings);
        long recordId = sendRecord();
        platform.thenSlowAnswer(3000);

        sender.sendTarget(target);

        Map<String, Object> failed = task(target, recordId);
        assertThat(failed.get("status")).isEqualTo("PENDING");
        assertThat((String) failed.get("last_error")).contains("timed out");
    }

    @Test
    void slowAnswerWithinTimeoutDelivers() throws Exception {
        UploadTarget target = target(settings());
        long recordId = sendRecord();
        platform.thenSlowAnswer(1000);

        sender.sendTarget(target);

        assertThat(task(target, recordId).get("status")).isEqualTo("DELIVERED");
    }

    @Test
    void malformedAnswerIsRetried() throws Exception {
        UploadTarget target = target(settings());
        long recordId = sendRecord();
        platform.thenAnswer(request -> StandInPlatform.ok("<html>gateway</html>"));

        sender.sendTarget(target);

        Map<String, Object> failed = task(target, recordId);
        assertThat(failed.get("status")).isEqualTo("PENDING");
        assertThat((String) failed.get("last_error")).contains("no code at 'code'");
    }

    @Test
    void retryCodeIsRetried() throws Exception {
        UploadTarget target = target(settings());
        long recordId = sendRecord();
        platform.thenAnswer(request -> StandInPlatform.ok("{\"code\":\"9\",\"message\":\"busy\"}"));

        sender.sendTarget(target);

        assertThat(task(target, recordId).get("status")).isEqualTo("PENDING");
    }

    @Test
    void rejectionCodeDeadLettersAndRetryRequeues() throws Exception {
        UploadTarget target = target(settings());
        long recordId = sendRecord();
        platform.thenAnswer(request -> StandInPlatform.ok("{\"code\":\"E102\",\"message\":\"车牌格式错误\"}"));

        sender.sendTarget(target);

        Map<String, Object> dead = task(target, recordId);
        assertThat(dead.get("status")).isEqualTo("DEAD");
        assertThat((String) dead.get("last_error")).contains("E102").contains("车牌格式错误");
        assertThat(tasks.retryDead(target.id(), (Long) dead.get("id"))).isTrue();
        sender.sendTarget(target);
        assertThat(task(target, recordId).get("status")).isEqualTo("DELIVERED");
    }

    @Test
    void clientErrorDeadLetters() throws Exception {
        UploadTarget target = target(settings());
        long recordId = sendRecord();
        platform.thenStatus(400, "{\"error\":\"bad field\"}");

        sender.sendTarget(target);

        Map<String, Object> dead = task(target, recordId);
        assertThat(dead.get("status")).isEqualTo("DEAD");
        assertThat(dead.get("last_http_status")).isEqualTo(400);
    }

    @Test
    void lastAttemptDeadLetters() throws Exception {
        TestTargets settings = settings();
        settings.maxAttempts = 2;
        UploadTarget target = target(settings);
        long recordId = sendRecord();
        platform.thenStatus(503, "down");
        platform.thenStatus(503, "still down");

        sender.sendTarget(target);
        makeDue(target);
        sender.sendTarget(target);

        Map<String, Object> dead = task(target, recordId);
        assertThat(dead.get("status")).isEqualTo("DEAD");
        assertThat(dead.get("attempts")).isEqualTo(2);
        assertThat((String) dead.get("last_error")).contains("still down");
        assertThat(tasks.retryAllDead(target.id())).isEqualTo(1);
        assertThat(task(target, recordId).get("attempts")).isEqualTo(0);
    }

    @Test
    void breakerOpensThenProbesOneTask() throws Exception {
        TestTargets settings = settings();
        settings.breakerThreshold = 2;
        settings.breakerOpenSeconds = 1;
        settings.batchSize = 1;
        UploadTarget target = target(settings);
        for (int i = 0; i < 4; i++) {
            sendRecord();
        }
        platform.thenStatus(500, "a");
        platform.thenStatus(500, "b");

        sender.sendTarget(target);
        assertThat(platform.requestsTo("/records")).as("stops after the threshold").hasSize(2);
        assertThat(breakers.state(target.id())).isEqualTo(CircuitBreakers.State.OPEN);
        makeDue(target);
        sender.sendTarget(target);
        assertThat(platform.requestsTo("/records")).as("nothing sent while open").hasSize(2);

        Thread.sleep(1100);
        assertThat(breakers.permit(target.id())).isEqualTo(CircuitBreakers.Permit.PROBE);
        platform.thenStatus(500, "c");
        sender.sendTarget(target);
        assertThat(platform.requestsTo("/records")).as("one probe, failed").hasSize(3);
        assertThat(breakers.state(target.id())).isEqualTo(CircuitBreakers.State.OPEN);

        Thread.sleep(1100);
        makeDue(target);
        sender.sendTarget(target);
        assertThat(breakers.state(target.id())).isEqualTo(CircuitBreakers.State.CLOSED);
        Integer pending = jdbc.queryForObject(
                "select count(*) from upstream_task where target_id = ? and status <> 'DELIVERED'", Integer.class,
                target.id());
        assertThat(pending).as("the probe succeeded, the rest followed").isZero();
    }

    @Test
    void mediaWaitsForItsRecord() throws Exception {
        UploadTarget target = target(settings());
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("UP-"));
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 7};
        record.put("media", List.of(Map.of("kind", "FRONT_PLATE", "content",
                Base64.getEncoder().encodeToString(jpeg))));
        long recordId = RecordSender.send(mvc, station, record);
        platform.thenStatus(500, "record store down");

        sender.sendTarget(target);
        assertThat(platform.requestsTo("/media")).as("media of an undelivered record waits").isEmpty();
        makeDue(target);
        sender.sendTarget(target);

        List<RecordedRequest> media = platform.requestsTo("/media");
        assertThat(media).hasSize(1);
        JsonNode body = StandInPlatform.json(media.get(0));
        assertThat(body.get("recordNumber").asString()).isEqualTo(record.get("recordNumber"));
        assertThat(body.get("kind").asString()).isEqualTo("FRONT_PLATE");
        assertThat(Base64.getDecoder().decode(body.get("contentBase64").asString())).isEqualTo(jpeg);
        assertThat(platform.requests().indexOf(media.get(0)))
                .isGreaterThan(platform.requests().indexOf(platform.requestsTo("/records").get(1)));
        Integer delivered = jdbc.queryForObject("""
                select count(*) from upstream_task where target_id = ? and record_id = ? and status = 'DELIVERED'
                """, Integer.class, target.id(), recordId);
        assertThat(delivered).isEqualTo(2);
    }

    @Test
    void inlineMediaTravelsInTheRecord() throws Exception {
        TestTargets settings = settings();
        settings.mediaMode = cn.overloadcontrol.upstream.target.MediaMode.INLINE;
        UploadTarget target = target(settings);
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("UP-"));
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 9};
        record.put("media", List.of(Map.of("kind", "SIDE", "content", Base64.getEncoder().encodeToString(jpeg))));
        RecordSender.send(mvc, station, record);

        sender.sendTarget(target);

        JsonNode item = StandInPlatform.json(platform.requestsTo("/records").get(0)).get("records").get(0);
        assertThat(item.get("media").get(0).get("kind").asString()).isEqualTo("SIDE");
        assertThat(Base64.getDecoder().decode(item.get("media").get(0).get("contentBase64").asString()))
                .isEqualTo(jpeg);
        assertThat(platform.requestsTo("/media")).isEmpty();
    }

    @Test
    void orderedStationWaitsForItsOlderRecord() throws Exception {
        TestTargets settings = settings();
        settings.orderedPerStation = true;
        settings.batchSize = 1;
        UploadTarget target = target(settings);
        long first = sendRecord();
        long second = sendRecord();
        platform.thenStatus(500, "first fails");

        sender.sendTarget(target);

        assertThat(platform.requestsTo("/records")).as("the second waits behind the failed first").hasSize(1);
        assertThat(task(target, second).get("status")).isEqualTo("PENDING");
        makeDue(target);
        sender.sendTarget(target);
        List<RecordedRequest> requests = platform.requestsTo("/records");
        assertThat(requests).hasSize(3);
        assertThat(StandInPlatform.json(requests.get(1)).get("records").get(0).get("id").asLong()).isEqualTo(first);
        assertThat(StandInPlatform.json(requests.get(2)).get("records").get(0).get("id").asLong()).isEqualTo(second);
    }

    @Test
    void resendAndRejectedRecordQueueNothing() throws Exception {
        UploadTarget target = target(settings());
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("UP-"));
        long recordId = RecordSender.send(mvc, station, record);
        mvc.perform(signedPost("/api/v1/weighings", station.keyId(), station.secret(), SampleRecords.json(record)))
                .andExpect(status().isOk());
        Map<String, Object> invalid = SampleRecords.sixAxle(TestData.unique("UP-"));
        invalid.put("grossKg", -1);
        mvc.perform(signedPost("/api/v1/weighings", station.keyId(), station.secret(), SampleRecords.json(invalid)))
                .andExpect(status().isBadRequest());

        Integer queued = jdbc.queryForObject("select count(*) from upstream_task where target_id = ?", Integer.class,
                target.id());
        assertThat(queued).isEqualTo(1);
        assertThat(task(target, recordId).get("weighed_at")).isNotNull();
    }

    @Test
    void batchQueuesEachRecordForEachTarget() throws Exception {
        UploadTarget first = target(settings());
        UploadTarget second = target(settings());
        List<Map<String, Object>> records = List.of(SampleRecords.sixAxle(TestData.unique("UPB-")),
                SampleRecords.sixAxle(TestData.unique("UPB-")), SampleRecords.sixAxle(TestData.unique("UPB-")));
        String body = "{\"records\":[" + String.join(",", records.stream().map(SampleRecords::json).toList())
                + "]}";

        mvc.perform(signedPost("/api/v1/weighings/batch", station.keyId(), station.secret(), body))
                .andExpect(status().isOk());

        for (UploadTarget target : List.of(first, second)) {
            List<String> queuedInOrder = jdbc.queryForList("""
                    select r.record_number from upstream_task t
                      join weighing_record r on r.id = t.record_id and r.weighed_at = t.weighed_at
                     where t.target_id = ? and t.kind = 'RECORD' order by t.id
                    """, String.class, target.id());
            assertThat(queuedInOrder).containsExactly((String) records.get(0).get("recordNumber"),
                    (String) records.get(1).get("recordNumber"), (String) records.get(2).get("recordNumber"));
        }
    }

    @Test
    void disabledTargetGetsNoTasks() throws Exception {
        UploadTarget target = target(settings());
        jdbc.update("update upstream_target set enabled = false where id = ?", target.id());

        sendRecord();

        Integer queued = jdbc.queryForObject("select count(*) from upstream_task where target_id = ?", Integer.class,
                target.id());
        assertThat(queued).isZero();
    }

    @Test
    void expiredLeaseIsSentAgain() throws Exception {
        // A sender killed with SIGKILL after its claim leaves the lease behind and never settles
        // the tasks. Claiming with a 1 ms lease and never settling is the same state in the
        // database; the test then checks that another sender takes the tasks over.
        UploadTarget target = target(settings());
        long recordId = sendRecord();
        List<ClaimedTask> crashed = tasks.claim(target.id(), List.of(TaskKind.RECORD), 10, false,
                Duration.ofMillis(1), "killed-sender");
        assertThat(crashed).extracting(ClaimedTask::recordId).contains(recordId);
        Thread.sleep(20);

        sender.sendTarget(target);

        Map<String, Object> task = task(target, recordId);
        assertThat(task.get("status")).isEqualTo("DELIVERED");
        assertThat(task.get("attempts")).isEqualTo(2);
    }

    @Test
    void liveLeaseIsNotTakenOver() throws Exception {
        UploadTarget target = target(settings());
        long recordId = sendRecord();
        tasks.claim(target.id(), List.of(TaskKind.RECORD), 10, false, Duration.ofMinutes(5), "busy-sender");

        sender.sendTarget(target);

        assertThat(platform.requestsTo("/records")).isEmpty();
        assertThat(task(target, recordId).get("locked_by")).isEqualTo("busy-sender");
    }
}
