package cn.overloadcontrol.identity;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The fields of the create and edit forms. The username is set only when creating; areas
 * matter only for town staff and the unit only for enterprise users.
 */
class UserForm {

    private String username;
    private String displayName;
    private String department;
    private String phone;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Set<Long> areaIds = new LinkedHashSet<>();
    private Long unitId;

    static UserForm of(AppUser user) {
        UserForm form = new UserForm();
        form.username = user.getUsername();
        form.displayName = user.getDisplayName();
        form.department = user.getDepartment();
        form.phone = user.getPhone();
        form.roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        form.areaIds = new LinkedHashSet<>(user.getAreaIds());
        form.unitId = user.getUnitId();
        return form;
    }

    boolean isTownStaff() {
        return roles.contains(Role.TOWN_STAFF);
    }

    boolean isEnterpriseUser() {
        return roles.contains(Role.ENTERPRISE_USER);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Set<Long> getAreaIds() {
        return areaIds;
    }

    public void setAreaIds(Set<Long> areaIds) {
        this.areaIds = areaIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(areaIds);
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }
}
