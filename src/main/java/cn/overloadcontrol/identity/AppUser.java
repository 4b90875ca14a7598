package cn.overloadcontrol.identity;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 64)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword = true;

    @Column(name = "failed_login_count", nullable = false)
    private int failedLoginCount;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(length = 64)
    private String department;

    @Column(length = 32)
    private String phone;

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    @Column(name = "password_changed_at")
    private OffsetDateTime passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt = OffsetDateTime.now();

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_area", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "area_id", nullable = false)
    private Set<Long> areaIds = new HashSet<>();

    protected AppUser() {
    }

    AppUser(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    boolean isLockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed login and returns whether this failure locked the account. */
    boolean recordFailedLogin(int maxFailures, OffsetDateTime lockUntil) {
        failedLoginCount++;
        if (failedLoginCount >= maxFailures) {
            lockedUntil = lockUntil;
            failedLoginCount = 0;
            return true;
        }
        return false;
    }

    void recordSuccessfulLogin(OffsetDateTime now) {
        failedLoginCount = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    void changePassword(String newHash, boolean mustChangeAtNextLogin, OffsetDateTime now) {
        passwordHash = newHash;
        mustChangePassword = mustChangeAtNextLogin;
        passwordChangedAt = now;
        updatedAt = now;
    }

    void unlock() {
        lockedUntil = null;
        failedLoginCount = 0;
    }

    void touch() {
        updatedAt = OffsetDateTime.now();
    }

    /**
     * Field values for the audit log's before/after comparison. Roles and areas are sorted
     * lists so that an unchanged set compares equal; the password hash is never included.
     */
    Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("username", username);
        snapshot.put("displayName", displayName);
        snapshot.put("department", department);
        snapshot.put("phone", phone);
        snapshot.put("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")));
        snapshot.put("areaIds", areaIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        snapshot.put("unitId", unitId);
        snapshot.put("enabled", enabled);
        snapshot.put("mustChangePassword", mustChangePassword);
        snapshot.put("lockedUntil", ShanghaiTime.format(lockedUntil));
        return snapshot;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    int getFailedLoginCount() {
        return failedLoginCount;
    }

    OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    Long getUnitId() {
        return unitId;
    }

    void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    String getDepartment() {
        return department;
    }

    void setDepartment(String department) {
        this.department = department;
    }

    String getPhone() {
        return phone;
    }

    void setPhone(String phone) {
        this.phone = phone;
    }

    OffsetDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    Set<Role> getRoles() {
        return roles;
    }

    void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    Set<Long> getAreaIds() {
        return areaIds;
    }

    void setAreaIds(Set<Long> areaIds) {
        this.areaIds.clear();
        this.areaIds.addAll(areaIds);
    }
}
