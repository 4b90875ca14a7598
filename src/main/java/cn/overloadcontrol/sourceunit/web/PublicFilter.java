package cn.overloadcontrol.sourceunit.web;

import cn.overloadcontrol.sourceunit.PublicUnitQuery;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.util.StringUtils;

/** The public list's search and page as request parameters, with the links that keep them. */
public class PublicFilter {

    static final int PAGE_SIZE = 20;

    private String name;
    private Long areaId;
    private Long unitTypeId;
    private int page;

    PublicUnitQuery toQuery() {
        return new PublicUnitQuery(StringUtils.hasText(name) ? name.strip() : null, areaId, unitTypeId);
    }

    Pageable toPageable() {
        return PageRequest.of(Math.max(0, page), PAGE_SIZE);
    }

    /** Returns the list URL with the search, to which the pager appends its page parameter. */
    public String pageBaseUrl() {
        return url("/public/units");
    }

    public String printUrl() {
        return url("/public/units/print");
    }

    public String xlsxUrl() {
        return url("/public/units.xlsx");
    }

    private String url(String path) {
        QueryString query = new QueryString().add("name", StringUtils.hasText(name) ? name.strip() : null)
                .add("areaId", areaId).add("unitTypeId", unitTypeId);
        return query.isEmpty() ? path : path + "?" + query;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
