package cn.overloadcontrol.sourceunit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javax.sql.DataSource;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.RegionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the ledger: the list, the detail and the export stream, always within the
 * current user's data scope. A request without a user sees nothing.
 */
@Service
@Transactional(readOnly = true)
public class SourceUnitQueries {

    private static final Logger log = LoggerFactory.getLogger(SourceUnitQueries.class);

    /** Rows fetched per round trip while streaming; PostgreSQL uses a cursor only inside a transaction. */
    static final int STREAM_FETCH_SIZE = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streamingJdbc;
    private final UnitStatusChangeRepository statusChanges;
    private final RegionService regions;
    private final AuditLog auditLog;

    SourceUnitQueries(DataSource dataSource, UnitStatusChangeRepository statusChanges, RegionService regions,
            AuditLog auditLog) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(STREAM_FETCH_SIZE);
        this.streamingJdbc = new NamedParameterJdbcTemplate(streaming);
        this.statusChanges = statusChanges;
        this.regions = regions;
        this.auditLog = auditLog;
    }

    /**
     * Returns one page of the units that match the filters, sorted by the whitelisted keys
     * {@code name}, {@code area}, {@code type}, {@code status}, {@code updated} and
     * {@code published}; other sort keys are ignored.
     */
    public Page<UnitRow> search(UnitQuery query, Pageable pageable) {
        UnitSql.Where where = UnitSql.where(query, CurrentUsers.scope());
        Long total = jdbc.queryForObject("select count(*)" + UnitSql.FROM + where.clause(), where.params(),
                Long.class);
        String sql = UnitSql.SELECT_ROW + where.clause() + UnitSql.orderBy(pageable.getSort())
                + " limit :limit offset :offset";
        where.params().addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<UnitRow> rows = jdbc.query(sql, where.params(), UnitSql::mapRow);
        return new PageImpl<>(new ArrayList<>(rows), pageable, total == null ? 0 : total);
    }

    /**
     * Passes every matching unit to {@code action} in list order (newest change first), reading
     * them through a cursor so that memory stays flat however many rows match.
     */
    public void forEachMatching(UnitQuery query, Consumer<UnitRow> action) {
        UnitSql.Where where = UnitSql.where(query, CurrentUsers.scope());
        String sql = UnitSql.SELECT_ROW + where.clause() + UnitSql.orderBy(UnitSql.DEFAULT_SORT);
        streamingJdbc.query(sql, where.params(), rs -> {
            action.accept(UnitSql.mapRow(rs, 0));
        });
    }

    /**
     * Streams the matching units like {@link #forEachMatching} and records the export in the audit
     * log with the filters and the row count.
     *
     * @return the number of rows passed to {@code action}
     */
    @Transactional
    public long exportMatching(UnitQuery query, Consumer<UnitRow> action) {
        AtomicLong count = new AtomicLong();
        forEachMatching(query, row -> {
            action.accept(row);
            count.incrementAndGet();
        });
        auditLog.record(AuditEntry.success(AuditAction.EXPORT, SourceUnitService.AUDIT_OBJECT_TYPE, null, null)
                .withDetail(describeExport(query, count.get())));
        log.info("Exported {} source units with filters {}", count.get(), query);
        return count.get();
    }

    /**
     * Returns one unit with its labels and status history.
     *
     * @throws UnitNotFoundException when the unit does not exist or is outside the user's scope
     */
    public UnitDetail detail(long unitId) {
        UnitSql.Where where = UnitSql.where(UnitQuery.all(), CurrentUsers.scope());
        String condition = where.clause().isEmpty() ? " where u.id = :id" : where.clause() + " and u.id = :id";
        where.params().addValue("id", unitId);
        List<UnitDetail> found = jdbc.query(UnitSql.SELECT_ROW + condition, where.params(),
                (rs, rowNum) -> new UnitDetail(UnitSql.mapRow(rs, rowNum), rs.getString("credit_code_override_reason"),
                        rs.getLong("version"), List.of()));
        if (found.isEmpty()) {
            throw new UnitNotFoundException(unitId);
        }
        UnitDetail detail = found.get(0);
        return new UnitDetail(detail.unit(), detail.creditCodeOverrideReason(), detail.version(), history(unitId));
    }

    /** Returns the active areas the current user may put a unit in, in display order. */
    public List<AreaView> selectableAreas() {
        return visibleAreas().stream().filter(AreaView::active).toList();
    }

    /** Returns the areas, inactive ones included, whose units the current user may see. */
    public List<AreaView> visibleAreas() {
        DataScope scope = CurrentUsers.scope();
        if (scope.all()) {
            return regions.allAreas();
        }
        Set<Long> areaIds = scope.areaIds();
        return regions.allAreas().stream().filter(area -> areaIds.contains(area.id())).toList();
    }

    private List<UnitStatusChangeView> history(long unitId) {
        return statusChanges.findByUnitIdOrderByChangedAtDescIdDesc(unitId).stream()
                .map(change -> new UnitStatusChangeView(change.getFromStatus(), change.getToStatus(),
                        change.getEffectiveDate(), change.getReason(),
                        change.getChangedAt().withOffsetSameInstant(UnitSql.DISPLAY_OFFSET), change.getChangedBy()))
                .toList();
    }

    private static String describeExport(UnitQuery query, long rows) {
        return "rows=" + rows + "; keyword=" + nullToEmpty(query.keyword()) + "; areaId=" + nullToEmpty(query.areaId())
                + "; unitTypeId=" + nullToEmpty(query.unitTypeId()) + "; status=" + nullToEmpty(query.status())
                + "; published=" + nullToEmpty(query.published());
    }

    private static String nullToEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
