package cn.overloadcontrol.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.UnitDirectory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Checks the user form against the rules and the stored data: a unique username, at least one
 * role, at least one active area for town staff, an existing unit for enterprise users.
 */
@Component
class UserFormValidator {

    static final int USERNAME_MIN_LENGTH = 3;
    static final int USERNAME_MAX_LENGTH = 64;
    static final int NAME_MAX_LENGTH = 64;
    static final int PHONE_MAX_LENGTH = 32;

    /** Login names are typed on any keyboard: ASCII letters, digits and . _ - @ only. */
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._@-]+$");
    /** A mobile number, or a landline with optional area code and extension, such as 0356-5221234. */
    private static final Pattern PHONE = Pattern.compile("^(1[3-9]\\d{9}|(0\\d{2,3}-?)?\\d{7,8}(-\\d{1,6})?)$");

    private final AppUserRepository users;
    private final RegionService regions;
    private final UnitDirectory units;

    UserFormValidator(AppUserRepository users, RegionService regions, UnitDirectory units) {
        this.users = users;
        this.regions = regions;
        this.units = units;
    }

    /** Returns the problems of a form for a new user. */
    List<FieldProblem> validateNew(UserForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        checkUsername(problems, form.getUsername());
        checkCommon(problems, form, Set.of());
        return problems;
    }

    /**
     * Returns the problems of a form for an existing user. Areas the user already has stay
     * valid even when they have been deactivated since.
     */
    List<FieldProblem> validateUpdate(UserForm form, AppUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        checkCommon(problems, form, user.getAreaIds());
        return problems;
    }

    private void checkUsername(List<FieldProblem> problems, String username) {
        if (!StringUtils.hasText(username)) {
            problems.add(FieldProblem.error("username", username, "required"));
            return;
        }
        String name = username.strip();
        if (name.length() < USERNAME_MIN_LENGTH || name.length() > USERNAME_MAX_LENGTH) {
            problems.add(FieldProblem.error("username", name, "user.username_length", USERNAME_MIN_LENGTH,
                    USERNAME_MAX_LENGTH));
        } else if (!USERNAME.matcher(name).matches()) {
            problems.add(FieldProblem.error("username", name, "user.username_chars"));
        } else if (users.existsByUsernameIgnoreCase(name)) {
            problems.add(FieldProblem.error("username", name, "user.username_taken"));
        }
    }

    private void checkCommon(List<FieldProblem> problems, UserForm form, Set<Long> currentAreaIds) {
        required(problems, "displayName", form.getDisplayName(), NAME_MAX_LENGTH);
        optional(problems, "department", form.getDepartment(), NAME_MAX_LENGTH);
        optional(problems, "phone", form.getPhone(), PHONE_MAX_LENGTH);
        if (StringUtils.hasText(form.getPhone()) && !PHONE.matcher(form.getPhone().strip()).matches()) {
            problems.add(FieldProblem.error("phone", form.getPhone(), "phone.invalid"));
        }
        if (form.getRoles().isEmpty()) {
            problems.add(FieldProblem.error("roles", null, "user.roles_required"));
        }
        if (form.isTownStaff()) {
            checkAreas(problems, form.getAreaIds(), currentAreaIds);
        }
        if (form.isEnterpriseUser()) {
            checkUnit(problems, form.getUnitId());
        }
    }

    private void checkAreas(List<FieldProblem> problems, Set<Long> areaIds, Set<Long> currentAreaIds) {
        if (areaIds.isEmpty()) {
            problems.add(FieldProblem.error("areaIds", null, "user.areas_required"));
            return;
        }
        Set<Long> choosable = regions.activeAreas().stream().map(AreaView::id).collect(Collectors.toSet());
        for (Long areaId : areaIds) {
            if (!choosable.contains(areaId) && !currentAreaIds.contains(areaId)) {
                String value = String.valueOf(areaId);
                problems.add(FieldProblem.error("areaIds", value, "user.area_unknown", value));
            }
        }
    }

    private void checkUnit(List<FieldProblem> problems, Long unitId) {
        if (unitId == null) {
            problems.add(FieldProblem.error("unitId", null, "user.unit_required"));
        } else if (units.findById(unitId).isEmpty()) {
            problems.add(FieldProblem.error("unitId", unitId.toString(), "user.unit_unknown", unitId.toString()));
        }
    }

    private static void required(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (!StringUtils.hasText(value)) {
            problems.add(FieldProblem.error(field, value, "required"));
        } else {
            optional(problems, field, value, maxLength);
        }
    }

    private static void optional(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            problems.add(FieldProblem.error(field, value, "too_long", maxLength));
        }
    }
}
