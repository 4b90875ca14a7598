package cn.overloadcontrol.audit;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filter form of the audit log screen. Times are typed in China Standard Time, the time
 * of every screen; {@code to} is exclusive.
 */
class AuditFilter {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private String actor;
    private AuditAction action;
    private String objectType;
    private String objectId;
    private AuditResult result;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"})
    private LocalDateTime from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"})
    private LocalDateTime to;

    AuditQuery toQuery() {
        return new AuditQuery(blankToNull(actor), action, blankToNull(objectType), blankToNull(objectId), result,
                from == null ? null : from.atZone(ZONE).toOffsetDateTime(),
                to == null ? null : to.atZone(ZONE).toOffsetDateTime());
    }

    boolean isRangeReversed() {
        return from != null && to != null && !from.isBefore(to);
    }

    /** Returns the list URL with these filters, for the pager to add the page number to. */
    String listUrl() {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(AuditLogController.LIST_PATH);
        addParam(url, "actor", blankToNull(actor));
        addParam(url, "action", action);
        addParam(url, "objectType", blankToNull(objectType));
        addParam(url, "objectId", blankToNull(objectId));
        addParam(url, "result", result);
        addParam(url, "from", from);
        addParam(url, "to", to);
        return url.encode().build().toUriString();
    }

    private static void addParam(UriComponentsBuilder url, String name, Object value) {
        if (value != null) {
            url.queryParam(name, value);
        }
    }

    private static String blankToNull(String value) {
        return StringUtils.hasText(value) ? value.strip() : null;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public AuditResult getResult() {
        return result;
    }

    public void setResult(AuditResult result) {
        this.result = result;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }
}
