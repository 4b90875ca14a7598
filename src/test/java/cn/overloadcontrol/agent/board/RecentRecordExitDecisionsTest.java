package cn.overloadcontrol.agent.board;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import cn.overloadcontrol.agent.desk.ExitDecision;
import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The Vzenith camera's exit decision from the plate's latest record. */
class RecentRecordExitDecisionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WINDOW = Duration.ofMinutes(30);

    @TempDir
    Path folder;

    Journal journal;
    RecentRecordExitDecisions decisions;

    @BeforeEach
    void open() {
        journal = Journal.open(folder, Clock.systemUTC());
        decisions = new RecentRecordExitDecisions(journal, VerdictTextsTest.defaults(), WINDOW, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void releasedCompliantRecordOpens() {
        record(VerdictTextsTest.request("晋E12345", 31_200, 6, "ARTICULATED", "RELEASE"));

        ExitDecision decision = decisions.decide("晋E·12345");

        assertThat(decision.openBarrier()).isTrue();
        assertThat(decision.boardMessage().lines()).containsExactly("晋E12345", "31.20吨 正常", "请通行");
    }

    @Test
    void overLimitRecordStaysClosed() {
        record(VerdictTextsTest.request("晋E12345", 52_400, 6, "ARTICULATED", "RELEASE"));

        ExitDecision decision = decisions.decide("晋E12345");

        assertThat(decision.openBarrier()).isFalse();
        assertThat(decision.boardMessage().lines()).containsExactly("晋E12345", "52.40吨 超限3.40吨", "禁止出场");
    }

    @Test
    void compliantRecordOnHoldStaysClosed() {
        record(VerdictTextsTest.request("晋E12345", 31_200, 6, "ARTICULATED", "HOLD"));

        assertThat(decisions.decide("晋E12345").openBarrier()).isFalse();
    }

    @Test
    void unknownVerdictStaysClosed() {
        record(VerdictTextsTest.request("晋E12345", 31_200, null, null, "RELEASE"));

        ExitDecision decision = decisions.decide("晋E12345");

        assertThat(decision.openBarrier()).isFalse();
        assertThat(decision.boardMessage().lines()).containsExactly("晋E12345", "31.20吨", "结论未知 请等候");
    }

    @Test
    void latestRecordOfPlateDecides() {
        record(VerdictTextsTest.request("晋E12345", 52_400, 6, "ARTICULATED", "HOLD"));
        record(VerdictTextsTest.request("晋E54321", 52_400, 6, "ARTICULATED", "HOLD"));
        record(VerdictTextsTest.request("晋E12345", 48_000, 6, "ARTICULATED", "RELEASE"));

        assertThat(decisions.decide("晋E12345").openBarrier()).isTrue();
        assertThat(decisions.decide("晋E54321").openBarrier()).isFalse();
    }

    @Test
    void unknownOrInvalidPlateKeepsClosed() {
        record(VerdictTextsTest.request("晋E12345", 31_200, 6, "ARTICULATED", "RELEASE"));

        assertThat(decisions.decide("晋E99999")).isEqualTo(ExitDecision.keepClosed());
        assertThat(decisions.decide("无车牌")).isEqualTo(ExitDecision.keepClosed());
        assertThat(decisions.decide(null)).isEqualTo(ExitDecision.keepClosed());
    }

    @Test
    void recordOlderThanWindowIgnored() {
        record(VerdictTextsTest.request("晋E12345", 31_200, 6, "ARTICULATED", "RELEASE"));
        Clock later = Clock.offset(Clock.systemUTC(), WINDOW.plusMinutes(1));
        RecentRecordExitDecisions laterDecisions = new RecentRecordExitDecisions(journal,
                VerdictTextsTest.defaults(), WINDOW, later);

        assertThat(laterDecisions.decide("晋E12345")).isEqualTo(ExitDecision.keepClosed());
    }

    private void record(ObjectNode request) {
        journal.append(EntryType.RECORD, sequence -> {
            ObjectNode data = JSON.createObjectNode();
            data.put("passageSequence", sequence);
            data.set("request", request);
            return data;
        });
    }
}
