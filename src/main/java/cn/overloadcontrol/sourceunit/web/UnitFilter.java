package cn.overloadcontrol.sourceunit.web;

import java.util.Set;

import cn.overloadcontrol.sourceunit.UnitQuery;
import cn.overloadcontrol.sourceunit.UnitStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.util.StringUtils;

/**
 * The list screen's filters, sort and page as request parameters. It also builds the links of
 * the page (sort headers, pager, export), so that every link keeps the current view.
 */
public class UnitFilter {

    static final int PAGE_SIZE = 20;
    private static final Set<String> SORT_KEYS = Set.of("name", "area", "type", "status", "updated", "published");
    private static final String DEFAULT_SORT = "updated";

    private String keyword;
    private Long areaId;
    private Long unitTypeId;
    private UnitStatus status;
    private Boolean published;
    private String sort = DEFAULT_SORT;
    private String dir = "desc";
    private int page;

    UnitQuery toQuery() {
        return new UnitQuery(StringUtils.hasText(keyword) ? keyword.strip() : null, areaId, unitTypeId, status,
                published);
    }

    Pageable toPageable() {
        return PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by(direction(), sortKey()));
    }

    private String sortKey() {
        return SORT_KEYS.contains(sort) ? sort : DEFAULT_SORT;
    }

    private Sort.Direction direction() {
        return "asc".equalsIgnoreCase(dir) ? Sort.Direction.ASC : Sort.Direction.DESC;
    }

    /** Returns the list URL for a sort header: same filters, sorted by {@code key}; a second click flips the direction. */
    public String sortUrl(String key) {
        boolean flip = key.equals(sortKey()) && direction() == Sort.Direction.ASC;
        return url("/units", filters().add("sort", key).add("dir", flip ? "desc" : "asc"));
    }

    /** Returns "asc" or "desc" when the list is sorted by {@code key}, otherwise {@code null}. */
    public String sortState(String key) {
        return key.equals(sortKey()) ? direction().name().toLowerCase() : null;
    }

    /** Returns the list URL with filters and sort, to which the pager appends its page parameter. */
    public String pageBaseUrl() {
        return url("/units", withSort(filters()));
    }

    /** Returns the URL of this exact view, page included. */
    public String currentUrl() {
        return url("/units", withSort(filters()).add("page", Math.max(0, page)));
    }

    /** Returns the export URL with the current filters; the file is sorted like the default list. */
    public String exportUrl() {
        return url("/units/export.xlsx", filters());
    }

    private QueryString filters() {
        return new QueryString().add("keyword", StringUtils.hasText(keyword) ? keyword.strip() : null)
                .add("areaId", areaId).add("unitTypeId", unitTypeId).add("status", status).add("published", published);
    }

    private QueryString withSort(QueryString query) {
        return query.add("sort", sortKey()).add("dir", direction().name().toLowerCase());
    }

    private static String url(String path, QueryString query) {
        return query.isEmpty() ? path : path + "?" + query;
    }

    public String getKeyword() {
        return keyword;
    }

    public void setKeyword(String keyword) {
        this.keyword = keyword;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public Long getUnitTypeId() {
        return unitTypeId;
    }

    public void setUnitTypeId(Long unitTypeId) {
        this.unitTypeId = unitTypeId;
    }

    public UnitStatus getStatus() {
        return status;
    }

    public void setStatus(UnitStatus status) {
        this.status = status;
    }

    public Boolean getPublished() {
        return published;
    }

    public void setPublished(Boolean published) {
        this.published = published;
    }

    public String getSort() {
        return sortKey();
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return direction().name().toLowerCase();
    }

    public void setDir(String dir) {
        this.dir = dir;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
