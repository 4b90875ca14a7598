package cn.overloadcontrol.identity;

import java.util.List;

/**
 * Permission strings, one per action. Controllers check them on the server with
 * {@code @PreAuthorize("hasAuthority('unit:create')")} and templates use the same strings to
 * hide buttons with {@code sec:authorize}.
 */
public final class Permissions {

    public static final String UNIT_VIEW = "unit:view";
    public static final String UNIT_CREATE = "unit:create";
    public static final String UNIT_UPDATE = "unit:update";
    public static final String UNIT_STATUS = "unit:status";
    public static final String UNIT_PUBLISH = "unit:publish";
    public static final String UNIT_IMPORT = "unit:import";
    public static final String UNIT_EXPORT = "unit:export";
    public static final String DICTIONARY_MANAGE = "dictionary:manage";
    public static final String AREA_MANAGE = "area:manage";
    public static final String TRAINING_VIEW = "training:view";
    public static final String TRAINING_MANAGE = "training:manage";
    public static final String USER_VIEW = "user:view";
    public static final String USER_MANAGE = "user:manage";
    public static final String AUDIT_VIEW = "audit:view";
    public static final String STATION_VIEW = "station:view";
    public static final String STATION_MANAGE = "station:manage";
    /** Issue, rotate and revoke the API credentials of stations. */
    public static final String STATION_CREDENTIAL = "station:credential";
    public static final String WEIGHING_VIEW = "weighing:view";
    /** Decide the officers' queue items (illegal releases, suspicious records). */
    public static final String WEIGHING_REVIEW = "weighing:review";
    /** See drivers' full name, phone and ID number on a record's detail page. */
    public static final String WEIGHING_PERSONAL = "weighing:personal";
    /** Correct a weighing record (更正): store a revision with a reason; the stored record stays. */
    public static final String WEIGHING_CORRECT = "weighing:correct";
    /** See the vehicle registry (车辆登记信息). */
    public static final String VEHICLE_VIEW = "vehicle:view";
    /** Import the vehicle registry from a spreadsheet. */
    public static final String VEHICLE_IMPORT = "vehicle:import";
    /** Edit the device inventory of stations: devices, installation, maintenance log, emergency plan. */
    public static final String DEVICE_MANAGE = "device:manage";
    /** See acceptances (验收), their checklists and rectification tasks. */
    public static final String ACCEPTANCE_VIEW = "acceptance:view";
    /** Schedule acceptances, conclude them, edit the checklist template and export reports. */
    public static final String ACCEPTANCE_MANAGE = "acceptance:manage";
    /** Record the result of checklist items during an acceptance. */
    public static final String ACCEPTANCE_INSPECT = "acceptance:inspect";
    /** See the upper-level sampling draws (抽检) and their results, county-wide. */
    public static final String SAMPLING_VIEW = "sampling:view";
    /** Draw samples, redraw with a reason, and record sampling results. */
    public static final String SAMPLING_MANAGE = "sampling:manage";
    /** See the uploads to the upper platforms: backlog, errors, dead letters, timeliness. */
    public static final String UPSTREAM_VIEW = "upstream:view";
    /** Edit upload targets, pause and resume them, and retry dead letters. */
    public static final String UPSTREAM_MANAGE = "upstream:manage";
    /** See the progress board (推进进度) and its overdue units, within the data scope, and export them. */
    public static final String REPORT_VIEW = "report:view";

    public static final List<String> ALL = List.of(UNIT_VIEW, UNIT_CREATE, UNIT_UPDATE, UNIT_STATUS, UNIT_PUBLISH,
            UNIT_IMPORT, UNIT_EXPORT, DICTIONARY_MANAGE, AREA_MANAGE, TRAINING_VIEW, TRAINING_MANAGE, USER_VIEW,
            USER_MANAGE, AUDIT_VIEW, STATION_VIEW, STATION_MANAGE, STATION_CREDENTIAL, WEIGHING_VIEW,
            WEIGHING_REVIEW, WEIGHING_PERSONAL, WEIGHING_CORRECT, VEHICLE_VIEW, VEHICLE_IMPORT, DEVICE_MANAGE,
            ACCEPTANCE_VIEW, ACCEPTANCE_MANAGE, ACCEPTANCE_INSPECT, SAMPLING_VIEW, SAMPLING_MANAGE,
            UPSTREAM_VIEW, UPSTREAM_MANAGE, REPORT_VIEW);

    private Permissions() {
    }
}
