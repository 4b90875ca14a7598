package cn.overloadcontrol.agent.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.journal.JournalEntry;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds the station's record counts per China calendar day to each heartbeat, as
 * {@code "dailyCounts": [{"date": "2026-12-04", "records": 123}]}, for today and the 7 days
 * before, so that the platform can compare them with what it received. A record counts on the
 * day of its weighing time; records the platform rejected count too, because they are records
 * the station produced. Days without records are sent as 0.
 */
public class DailyCountContributor implements HeartbeatContributor {

    static final int DAYS = 8;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final Journal journal;
    private final Clock clock;

    public DailyCountContributor(Journal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public void contribute(ObjectNode report) {
        ArrayNode days = report.putArray("dailyCounts");
        countRecords().forEach((day, records) -> {
            ObjectNode entry = days.addObject();
            entry.put("date", day.toString());
            entry.put("records", records);
        });
    }

    /** Counts the journal's records per day of weighing, for the last {@link #DAYS} days including today. */
    Map<LocalDate, Long> countRecords() {
        LocalDate today = clock.instant().atOffset(CHINA).toLocalDate();
        LocalDate firstDay = today.minusDays(DAYS - 1);
        Map<LocalDate, Long> counts = new TreeMap<>();
        for (LocalDate day = firstDay; !day.isAfter(today); day = day.plusDays(1)) {
            counts.put(day, 0L);
        }
        List<JournalEntry> entries = journal.entries();
        for (int index = entries.size() - 1; index >= 0; index--) {
            JournalEntry entry = entries.get(index);
            // A record is journaled after its weighing, so entries written before the first day
            // cannot hold a record weighed within the window.
            if (entry.at().atOffset(CHINA).toLocalDate().isBefore(firstDay)) {
                break;
            }
            LocalDate weighedOn = entry.type() == EntryType.RECORD ? weighingDay(entry) : null;
            if (weighedOn != null) {
                counts.computeIfPresent(weighedOn, (day, records) -> records + 1);
            }
        }
        return counts;
    }

    private static LocalDate weighingDay(JournalEntry entry) {
        String weighedAt = entry.data().path("request").path("weighedAt").asString("");
        try {
            return OffsetDateTime.parse(weighedAt).atZoneSameInstant(CHINA).toLocalDate();
        } catch (DateTimeParseException e) {
            // The desk always writes weighedAt; a record without one is counted on its journal day.
            return entry.at().atOffset(CHINA).toLocalDate();
        }
    }
}
