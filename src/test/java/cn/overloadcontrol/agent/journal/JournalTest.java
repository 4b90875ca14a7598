package cn.overloadcontrol.agent.journal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    @Test
    void reopenKeepsEveryEntryInOrder() {
        try (Journal journal = Journal.open(folder, Clock.systemUTC())) {
            for (int index = 1; index <= 5; index++) {
                journal.append(EntryType.RECORD, content("number", index));
            }
        }

        try (Journal reopened = Journal.open(folder, Clock.systemUTC())) {
            List<JournalEntry> entries = reopened.entries();
            assertThat(entries).extracting(JournalEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(entries.get(4).data().path("number").asInt()).isEqualTo(5);
            assertThat(reopened.append(EntryType.RECORD, content("number", 6)).sequence()).isEqualTo(6);
        }
    }

    @Test
    void tornLastLineIsCutOffOnOpen() throws IOException {
        try (Journal journal = Journal.open(folder, Clock.systemUTC())) {
            journal.append(EntryType.RECORD, content("number", 1));
            journal.append(EntryType.RECORD, content("number", 2));
        }
        Path file = folder.resolve(Journal.FILE_NAME);
        long intactLength = Files.size(file);
        // A power loss in the middle of a write leaves part of a line without its line feed.
        Files.write(file, "1a2b3c4d {\"seq\":3,\"type\":\"REC".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);

        try (Journal reopened = Journal.open(folder, Clock.systemUTC())) {
            assertThat(reopened.entries()).extracting(JournalEntry::sequence).containsExactly(1L, 2L);
            assertThat(reopened.corruptLines()).isZero();
            assertThat(Files.size(file)).isEqualTo(intactLength);
            assertThat(reopened.append(EntryType.RECORD, content("number", 3)).sequence()).isEqualTo(3);
        }
        try (Journal again = Journal.open(folder, Clock.systemUTC())) {
            assertThat(again.entries()).extracting(JournalEntry::sequence).containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void lastLineWithWrongCrcIsCutOff() throws IOException {
        try (Journal journal = Journal.open(folder, Clock.systemUTC())) {
            journal.append(EntryType.RECORD, content("number", 1));
            journal.append(EntryType.RECORD, content("number", 2));
        }
        Path file = folder.resolve(Journal.FILE_NAME);
        List<String> lines = Files.readAllLines(file);
        Files.writeString(file, lines.get(0) + "\n" + lines.get(1).replace("\"number\":2", "\"number\":7") + "\n");

        try (Journal reopened = Journal.open(folder, Clock.systemUTC())) {
            assertThat(reopened.entries()).extracting(JournalEntry::sequence).containsExactly(1L);
            assertThat(Files.readAllLines(file)).hasSize(1);
        }
    }

    @Test
    void damagedMiddleLineIsSkippedAndCounted() throws IOException {
        try (Journal journal = Journal.open(folder, Clock.systemUTC())) {
            for (int index = 1; index <= 3; index++) {
                journal.append(EntryType.RECORD, content("number", index));
            }
        }
        Path file = folder.resolve(Journal.FILE_NAME);
        List<String> lines = Files.readAllLines(file);
        String damaged = lines.get(1).replace("\"number\":2", "\"number\":9");
        Files.writeString(file, lines.get(0) + "\n" + damaged + "\n" + lines.get(2) + "\n");

        try (Journal reopened = Journal.open(folder, Clock.systemUTC())) {
            assertThat(reopened.entries()).extracting(JournalEntry::sequence).containsExactly(1L, 3L);
            assertThat(reopened.corruptLines()).isEqualTo(1);
            assertThat(Files.readAllLines(file)).hasSize(3);
            assertThat(reopened.append(EntryType.RECORD, content("number", 4)).sequence()).isEqualTo(4);
        }
    }

    @Test
    void afterReturnsMatchingEntriesPastSequence() {
        try (Journal journal = Journal.open(folder, Clock.systemUTC())) {
            for (int index = 1; index <= 6; index++) {
                journal.append(index % 2 == 0 ? EntryType.RECORD : EntryType.PASSAGE, content("number", index));
            }

            List<JournalEntry> records = journal.after(2, entry -> entry.type() == EntryType.RECORD, 10);

            assertThat(records).extracting(JournalEntry::sequence).containsExactly(4L, 6L);
            assertThat(journal.after(0, entry -> true, 2)).extracting(JournalEntry::sequence).containsExactly(1L, 2L);
            assertThat(journal.count(3, entry -> entry.type() == EntryType.RECORD)).isEqualTo(2);
        }
    }

    @Test
    void cursorSurvivesReopenAndRejectsMovingBack() {
        DeliveryCursor cursor = DeliveryCursor.open(folder);
        assertThat(cursor.value()).isZero();

        cursor.moveTo(42);

        assertThat(DeliveryCursor.open(folder).value()).isEqualTo(42);
        assertThat(Files.exists(folder.resolve(DeliveryCursor.FILE_NAME + ".tmp"))).isFalse();
        assertThatThrownBy(() -> cursor.moveTo(41)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot move back to 41");
    }

    private static java.util.function.LongFunction<ObjectNode> content(String field, int value) {
        return sequence -> JSON.createObjectNode().put(field, value);
    }
}
