package cn.overloadcontrol.acceptance;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.files.ContentAddressedFiles;
import cn.overloadcontrol.common.validation.DateRules;
import cn.overloadcontrol.common.validation.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Upper-level sampling (抽检) of accepted units. Draws are reproducible, with the method, seed
 * and input recorded. A level has one active draw, and a redraw is a new audited draw with a
 * reason. Each sampled unit gets its result. Sampling is a county-wide task of the office, so
 * it applies no data scope and its screens need the sampling permissions.
 */
@Service
@Transactional(readOnly = true)
public class Sampling {

    static final String AUDIT_OBJECT_TYPE = "sampling_draw";
    /** Any text up to the column's 64 characters, without control characters such as tabs or line feeds. */
    private static final Pattern SEED = Pattern.compile("[^\\p{Cntrl}]{1,64}");
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final Logger log = LoggerFactory.getLogger(Sampling.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final SamplingProperties properties;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final SamplingLevels levels;
    private final SecureRandom random = new SecureRandom();
    /** Draw columns plus the id of the redraw that replaced the draw, if any. */
    private static final String SELECT_DRAW = """
            select d.*, (select r.id from sampling_draw r where r.supersedes_id = d.id
                          order by r.id desc limit 1) as superseded_by_id
              from sampling_draw d""";

    private final JsonMapper json = JsonMapper.builder().build();

    Sampling(NamedParameterJdbcTemplate jdbc, SamplingProperties properties, AuditLog auditLog,
            MessageSource messages, SamplingLevels levels) {
        this.levels = levels;
        this.jdbc = jdbc;
        this.properties = properties;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    /** Returns the units whose latest concluded acceptance is 合格, by area and name. */
    public List<AcceptedUnit> acceptedUnits() {
        return jdbc.query("""
                select u.id, u.name, u.credit_code, a.name as area_name, d.label as unit_type
                  from source_unit u
                  join area a on a.id = u.area_id
                  join unit_dictionary d on d.id = u.unit_type_id
                 where (select x.status from acceptance x where x.unit_id = u.id and x.status <> 'SCHEDULED'
                         order by x.concluded_at desc, x.id desc limit 1) = 'PASSED'
                 order by a.sort_order, u.name, u.id""", Map.of(), (rs, n) -> new AcceptedUnit(rs.getLong("id"),
                rs.getString("name"), rs.getString("credit_code"), rs.getString("area_name"),
                rs.getString("unit_type")));
    }

    /**
     * Draws a sample of the given accepted units for a level and stores it with its method,
     * seed and input. When the level already has an active draw, a new one needs a reason and
     * supersedes it; both steps are audited.
     *
     * @param seed         the seed to use, or {@code null} to generate a random one
     * @param redrawReason required when the level has an active draw
     * @throws AcceptanceValidationException when a unit is not accepted, the seed is malformed,
     *         or a redraw has no reason; nothing is stored
     */
    @Transactional
    public long draw(SamplingLevel level, List<Long> unitIds, Stratification stratifyBy, String seed,
            String redrawReason) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, AcceptedUnit> accepted = acceptedUnits().stream()
                .collect(Collectors.toMap(AcceptedUnit::unitId, Function.identity()));
        Set<Long> input = new TreeSet<>(unitIds == null ? List.of() : unitIds);
        checkInput(problems, level, stratifyBy, input, accepted, seed);
        Long active = level == null ? null : activeDraw(level);
        if (active != null && (redrawReason == null || redrawReason.isBlank())) {
            problems.add(FieldProblem.error("redrawReason", null, "sampling.redraw_reason_required", active));
        } else if (redrawReason != null && redrawReason.length() > 500) {
            problems.add(FieldProblem.error("redrawReason", redrawReason, "too_long", 500));
        }
        if (!problems.isEmpty()) {
            throw new AcceptanceValidationException(problems);
        }

        String usedSeed = seed != null ? seed : HexFormat.of().formatHex(random.generateSeed(16));
        List<SampleDraw.Candidate> candidates = input.stream()
                .map(accepted::get)
                .map(unit -> new SampleDraw.Candidate(unit.unitId(), unit.creditCode(),
                        stratifyBy.stratum(unit.areaName(), unit.unitTypeName())))
                .sorted(Comparator.comparing(SampleDraw.Candidate::creditCode))
                .toList();
        List<SampleDraw.Drawn> drawn = SampleDraw.draw(candidates, properties.rate(level), usedSeed);
        if (active != null) {
            supersede(level, active, redrawReason);
        }
        long id = store(level, stratifyBy, usedSeed, candidates, drawn, active, redrawReason);
        log.info("Drew sampling {} for {}: {} of {} units, seed {}", id, level, drawn.size(), candidates.size(),
                usedSeed);
        return id;
    }

    private void checkInput(List<FieldProblem> problems, SamplingLevel level, Stratification stratifyBy,
            Set<Long> input, Map<Long, AcceptedUnit> accepted, String seed) {
        if (level == null) {
            problems.add(FieldProblem.error("level", null, "required"));
        }
        if (stratifyBy == null) {
            problems.add(FieldProblem.error("stratifyBy", null, "required"));
        }
        if (input.isEmpty()) {
            problems.add(FieldProblem.error("unitIds", null, "sampling.units_required"));
        }
        input.stream().filter(id -> !accepted.containsKey(id)).findFirst().ifPresent(id -> {
            String name = unitName(id);
            problems.add(FieldProblem.error("unitIds", name, "sampling.unit_not_accepted", name));
        });
        if (seed != null && !SEED.matcher(seed).matches()) {
            problems.add(FieldProblem.error("seed", seed, "sampling.seed_invalid"));
        }
    }

    /** Returns a unit's name for messages, or its id when no such unit exists. */
    private String unitName(long unitId) {
        return jdbc.query("select name from source_unit where id = :id", Map.of("id", unitId),
                (rs, n) -> rs.getString("name")).stream().findFirst().orElse(Long.toString(unitId));
    }

    /**
     * Draws again from a stored draw's recorded input, seed and strata, and returns whether the
     * stored sample is exactly what the method gives.
     */
    public boolean reproduces(long drawId) {
        SamplingDrawView draw = view(drawId);
        List<SampleDraw.Candidate> candidates = input(drawId);
        List<Long> again = SampleDraw.draw(draw.method(), candidates, draw.ratePercent(), draw.seed()).stream()
                .map(SampleDraw.Drawn::unitId).sorted().toList();
        List<Long> stored = draw.units().stream().map(SampledUnit::unitId).sorted().toList();
        return again.equals(stored) && inputDigest(draw.method(), candidates).equals(draw.inputSha256());
    }

    /**
     * Returns the units a draw was made from, with the credit code and stratum recorded at the
     * time of the draw, in ascending credit code order (unit id order for draws of
     * {@value SampleDraw#LEGACY_METHOD}, whose records lack the credit code).
     */
    public List<SampleDraw.Candidate> input(long drawId) {
        String input = jdbc.query("select input::text from sampling_draw where id = :id", Map.of("id", drawId),
                (rs, n) -> rs.getString(1)).stream().findFirst()
                .orElseThrow(() -> new AcceptanceNotFoundException("Sampling draw", drawId));
        return List.of(json.readValue(input, SampleDraw.Candidate[].class));
    }

    /**
     * Records the upper level's result for a sampled unit of an active draw. A failed result
     * opens a rectification task with the notes as requirement, which a re-inspection closes.
     *
     * @param deadline the rectification deadline, required for a failed result and later than today
     * @throws AcceptanceValidationException when the outcome, date, notes or deadline break a rule
     */
    @Transactional
    public void recordResult(long drawId, long unitId, ItemOutcome outcome, LocalDate inspectedOn, String notes,
            LocalDate deadline) {
        SamplingDrawView draw = view(drawId);
        SampledUnit unit = draw.units().stream().filter(u -> u.unitId() == unitId).findFirst()
                .orElseThrow(() -> new AcceptanceNotFoundException("Sampled unit", unitId));
        List<FieldProblem> problems = new ArrayList<>();
        if (!draw.active()) {
            problems.add(FieldProblem.error("drawId", Long.toString(drawId), "sampling.draw_superseded"));
        }
        if (outcome == null || !outcome.decided()) {
            problems.add(FieldProblem.error("samplingOutcome", outcome == null ? null : outcome.name(),
                    "sampling.outcome_required"));
        }
        if (inspectedOn == null) {
            problems.add(FieldProblem.error("inspectedOn", null, "required"));
        } else if (inspectedOn.isAfter(LocalDate.now(CHINA))) {
            problems.add(FieldProblem.error("inspectedOn", inspectedOn.toString(), "sampling.date_in_future"));
        } else if (DateRules.checkRange(problems, "inspectedOn", inspectedOn, LocalDate.now(CHINA))) {
            LocalDate drawnOn = draw.drawnAt().atZoneSameInstant(CHINA).toLocalDate();
            if (inspectedOn.isBefore(drawnOn)) {
                problems.add(FieldProblem.error("inspectedOn", inspectedOn.toString(), "sampling.date_before_draw",
                        drawnOn.toString()));
            }
        }
        if (outcome == ItemOutcome.FAILED && (notes == null || notes.isBlank())) {
            problems.add(FieldProblem.error("samplingNotes", null, "sampling.notes_required"));
        } else if (notes != null && notes.length() > 1000) {
            problems.add(FieldProblem.error("samplingNotes", notes, "too_long", 1000));
        }
        LocalDate today = LocalDate.now(CHINA);
        if (!"PENDING".equals(unit.outcome())) {
            problems.add(FieldProblem.error("samplingOutcome", unit.outcome(), "sampling.result_recorded"));
        }
        if (outcome == ItemOutcome.FAILED && deadline == null) {
            problems.add(FieldProblem.error("samplingDeadline", null, "sampling.deadline_required"));
        } else if (outcome == ItemOutcome.FAILED && !deadline.isAfter(today)) {
            problems.add(FieldProblem.error("samplingDeadline", deadline.toString(), "sampling.deadline_past",
                    today.toString()));
        } else if (outcome == ItemOutcome.FAILED) {
            DateRules.checkRange(problems, "samplingDeadline", deadline, today);
        }
        if (!problems.isEmpty()) {
            throw new AcceptanceValidationException(problems);
        }
        if (outcome == ItemOutcome.FAILED) {
            String title = messages.getMessage("sampling.rectificationTitle",
                    new Object[] {levels.label(draw.level())}, Locale.SIMPLIFIED_CHINESE);
            jdbc.update("""
                    insert into rectification (unit_id, sampling_draw_id, title, requirement, deadline, status)
                    values (:unitId, :drawId, :title, :requirement, :deadline, 'OPEN')""", new MapSqlParameterSource()
                    .addValue("unitId", unitId).addValue("drawId", drawId).addValue("title", title)
                    .addValue("requirement", notes).addValue("deadline", deadline));
        }
        jdbc.update("""
                update sampling_unit set outcome = :outcome, inspected_on = :inspectedOn, notes = :notes,
                    recorded_by = :by, recorded_at = now()
                where draw_id = :drawId and unit_id = :unitId""", new MapSqlParameterSource()
                .addValue("outcome", outcome.name()).addValue("inspectedOn", inspectedOn).addValue("notes", notes)
                .addValue("by", AcceptanceService.currentUserName()).addValue("drawId", drawId)
                .addValue("unitId", unitId));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("outcome", outcome);
        after.put("inspectedOn", inspectedOn);
        after.put("notes", notes);
        after.put("deadline", deadline);
        auditLog.record(AuditEntry.success(AuditAction.UPDATE, "sampling_unit", drawId + ":" + unitId,
                unit.name(), AuditChanges.diff(Map.of("outcome", unit.outcome()), after)));
    }

    /** Returns the draws, newest first, without their units. */
    public List<SamplingDrawView> draws() {
        return jdbc.query(SELECT_DRAW + " order by d.drawn_at desc, d.id desc", Map.of(),
                (rs, n) -> mapDraw(rs, List.of()));
    }

    public SamplingDrawView view(long drawId) {
        List<SampledUnit> units = jdbc.query("""
                select s.*, u.name, u.credit_code, a.name as area_name
                  from sampling_unit s join source_unit u on u.id = s.unit_id join area a on a.id = u.area_id
                 where s.draw_id = :id order by s.stratum, s.rank_key""", Map.of("id", drawId),
                (rs, n) -> new SampledUnit(rs.getLong("unit_id"), rs.getString("name"), rs.getString("credit_code"),
                        rs.getString("area_name"), rs.getString("stratum"), rs.getString("rank_key"),
                        rs.getString("outcome"), rs.getDate("inspected_on") == null ? null
                                : rs.getDate("inspected_on").toLocalDate(), rs.getString("notes"),
                        rs.getString("recorded_by")));
        return jdbc.query(SELECT_DRAW + " where d.id = :id", Map.of("id", drawId),
                        (rs, n) -> mapDraw(rs, units)).stream().findFirst()
                .orElseThrow(() -> new AcceptanceNotFoundException("Sampling draw", drawId));
    }

    private Long activeDraw(SamplingLevel level) {
        return jdbc.query("select id from sampling_draw where level = :level and status = 'ACTIVE'",
                Map.of("level", level.name()), (rs, n) -> rs.getLong("id")).stream().findFirst().orElse(null);
    }

    /**
     * Marks the level's active draw superseded. The status condition makes a concurrent redraw of
     * the same draw wait for the first one's row lock and then match no row, so it is rejected.
     */
    private void supersede(SamplingLevel level, long drawId, String reason) {
        int updated = jdbc.update("update sampling_draw set status = 'SUPERSEDED' where id = :id and status = 'ACTIVE'",
                Map.of("id", drawId));
        if (updated == 0) {
            throw concurrentDraw(level, drawId);
        }
        auditLog.record(AuditEntry.success(AuditAction.STATUS_CHANGE, AUDIT_OBJECT_TYPE, drawId, null,
                AuditChanges.diff(Map.of("status", "ACTIVE"), Map.of("status", "SUPERSEDED"))).withDetail(reason));
    }

    private static AcceptanceValidationException concurrentDraw(SamplingLevel level, Long readActiveId) {
        log.info("Rejected a draw for {}: another draw of the level committed meanwhile (active draw read: {})", level,
                readActiveId);
        return new AcceptanceValidationException(List.of(FieldProblem.error("level", null,
                "sampling.draw_concurrent")));
    }

    private long store(SamplingLevel level, Stratification stratifyBy, String seed,
            List<SampleDraw.Candidate> candidates, List<SampleDraw.Drawn> drawn, Long supersedes, String reason) {
        List<Long> ids = candidates.stream().map(SampleDraw.Candidate::unitId).toList();
        String digest = SampleDraw.inputDigest(candidates);
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("level", level.name()).addValue("rate", properties.rate(level))
                .addValue("stratifyBy", stratifyBy.name()).addValue("method", SampleDraw.METHOD)
                .addValue("seed", seed).addValue("input", json.writeValueAsString(candidates))
                .addValue("inputSize", candidates.size())
                .addValue("sha256", digest).addValue("size", drawn.size())
                .addValue("supersedes", supersedes).addValue("reason", reason)
                .addValue("by", AcceptanceService.currentUserName());
        Long id;
        try {
            id = jdbc.queryForObject("""
                    insert into sampling_draw (level, rate_percent, stratify_by, method, seed, input, input_size,
                        input_sha256, sample_size, status, supersedes_id, redraw_reason, drawn_by)
                    values (:level, :rate, :stratifyBy, :method, :seed, cast(:input as jsonb), :inputSize, :sha256,
                        :size, 'ACTIVE', :supersedes, :reason, :by)
                    returning id""", params, Long.class);
        } catch (DuplicateKeyException e) {
            // Another first draw of this level committed meanwhile (index uk_sampling_draw_active_level).
            throw concurrentDraw(level, supersedes);
        }
        for (SampleDraw.Drawn unit : drawn) {
            jdbc.update("insert into sampling_unit (draw_id, unit_id, stratum, rank_key) values"
                    + " (:id, :unitId, :stratum, :rankKey)", new MapSqlParameterSource().addValue("id", id)
                    .addValue("unitId", unit.unitId()).addValue("stratum", unit.stratum())
                    .addValue("rankKey", unit.rankKey()));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("level", level);
        after.put("ratePercent", properties.rate(level));
        after.put("stratifyBy", stratifyBy);
        after.put("method", SampleDraw.METHOD);
        after.put("seed", seed);
        after.put("inputSize", ids.size());
        after.put("inputSha256", digest);
        after.put("sampleSize", drawn.size());
        after.put("supersedesId", supersedes);
        auditLog.record(AuditEntry.success(AuditAction.CREATE, AUDIT_OBJECT_TYPE, id, level.name(),
                AuditChanges.diff(null, after)).withDetail(reason));
        return id;
    }

    private static String inputDigest(String method, List<SampleDraw.Candidate> candidates) {
        if (SampleDraw.LEGACY_METHOD.equals(method)) {
            return legacyInputHash(candidates.stream().map(SampleDraw.Candidate::unitId).sorted().toList());
        }
        return SampleDraw.inputDigest(candidates);
    }

    /**
     * Computes the digest of {@value SampleDraw#LEGACY_METHOD} draws: SHA-256 of the ascending unit ids
     * joined by commas.
     */
    private static String legacyInputHash(List<Long> sortedIds) {
        String joined = sortedIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return ContentAddressedFiles.sha256(joined.getBytes(StandardCharsets.US_ASCII));
    }

    private static SamplingDrawView mapDraw(ResultSet rs, List<SampledUnit> units) throws SQLException {
        int inputSize = rs.getInt("input_size");
        return new SamplingDrawView(rs.getLong("id"), SamplingLevel.valueOf(rs.getString("level")),
                rs.getBigDecimal("rate_percent"), Stratification.valueOf(rs.getString("stratify_by")),
                rs.getString("method"), rs.getString("seed"), inputSize, rs.getString("input_sha256"),
                rs.getInt("sample_size"), rs.getString("status"), (Long) rs.getObject("supersedes_id"),
                (Long) rs.getObject("superseded_by_id"),
                rs.getString("redraw_reason"), rs.getString("drawn_by"),
                rs.getTimestamp("drawn_at").toInstant().atOffset(CHINA), units);
    }
}
