package cn.overloadcontrol.identity;

import java.util.Set;

import static cn.overloadcontrol.identity.Permissions.*;

/**
 * The roles of the platform with the permissions each grants and the kind of data scope it
 * implies. A user may hold several roles; permissions add up and the widest scope wins.
 */
public enum Role {

    SYSTEM_ADMIN(ScopeKind.ALL, Set.copyOf(ALL)),

    /** 治超办 staff: run the ledger, the public list, training and the areas, and correct weighing records. */
    OFFICE_STAFF(ScopeKind.ALL, Set.of(UNIT_VIEW, UNIT_CREATE, UNIT_UPDATE, UNIT_STATUS, UNIT_PUBLISH, UNIT_IMPORT,
            UNIT_EXPORT, DICTIONARY_MANAGE, AREA_MANAGE, TRAINING_VIEW, TRAINING_MANAGE, STATION_VIEW, STATION_MANAGE,
            STATION_CREDENTIAL, WEIGHING_VIEW, WEIGHING_REVIEW, WEIGHING_PERSONAL, WEIGHING_CORRECT, VEHICLE_VIEW,
            VEHICLE_IMPORT, DEVICE_MANAGE, ACCEPTANCE_VIEW, ACCEPTANCE_MANAGE, ACCEPTANCE_INSPECT, SAMPLING_VIEW,
            SAMPLING_MANAGE, UPSTREAM_VIEW, UPSTREAM_MANAGE, REPORT_VIEW)),

    /** 乡镇/街道 staff: the units of their own areas only. */
    TOWN_STAFF(ScopeKind.AREAS, Set.of(UNIT_VIEW, UNIT_CREATE, UNIT_UPDATE, UNIT_IMPORT, UNIT_EXPORT, TRAINING_VIEW,
            STATION_VIEW, WEIGHING_VIEW, ACCEPTANCE_VIEW, REPORT_VIEW)),

    /**
     * 交通运输执法 officers: read the ledger, review flagged loads. They do not correct records,
     * because they decide the queue items that a correction can raise or contradict. The office
     * corrects and an officer judges.
     */
    ENFORCEMENT_OFFICER(ScopeKind.ALL, Set.of(UNIT_VIEW, UNIT_EXPORT, TRAINING_VIEW, STATION_VIEW, WEIGHING_VIEW,
            WEIGHING_REVIEW, WEIGHING_PERSONAL, VEHICLE_VIEW, REPORT_VIEW)),

    /** Installers setting up stations and devices at the sites, and handing stations their credentials. */
    INSTALLER(ScopeKind.ALL, Set.of(UNIT_VIEW, STATION_VIEW, STATION_MANAGE, STATION_CREDENTIAL, DEVICE_MANAGE)),

    /** Staff of one source unit: their own unit only. */
    ENTERPRISE_USER(ScopeKind.UNIT, Set.of(UNIT_VIEW, TRAINING_VIEW, STATION_VIEW, WEIGHING_VIEW, ACCEPTANCE_VIEW)),

    /** Read-only oversight, including the audit log. */
    AUDITOR(ScopeKind.ALL, Set.of(UNIT_VIEW, UNIT_EXPORT, TRAINING_VIEW, USER_VIEW, AUDIT_VIEW, STATION_VIEW,
            WEIGHING_VIEW, VEHICLE_VIEW, ACCEPTANCE_VIEW, SAMPLING_VIEW, UPSTREAM_VIEW, REPORT_VIEW));

    enum ScopeKind {
        ALL, AREAS, UNIT
    }

    private final ScopeKind scopeKind;
    private final Set<String> permissions;

    Role(ScopeKind scopeKind, Set<String> permissions) {
        this.scopeKind = scopeKind;
        this.permissions = permissions;
    }

    public Set<String> permissions() {
        return permissions;
    }

    ScopeKind scopeKind() {
        return scopeKind;
    }

    /** The message key of the role's Chinese name. */
    public String messageKey() {
        return "role." + name();
    }
}
