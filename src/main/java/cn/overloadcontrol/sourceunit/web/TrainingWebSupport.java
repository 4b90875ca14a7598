package cn.overloadcontrol.sourceunit.web;

import java.util.List;

import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.sourceunit.TrainingService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Shared steps of the training pages: the detail page's model and field errors from service problems. */
@Component
class TrainingWebSupport {

    static final String DETAIL_VIEW = "training/detail";
    static final String UNIT_FORM = "unitAttendanceForm";
    static final String DEPARTMENT_FORM = "departmentAttendanceForm";
    static final String MANAGE_PERMISSION = "training:manage";

    private final TrainingService trainings;

    TrainingWebSupport(TrainingService trainings) {
        this.trainings = trainings;
    }

    /**
     * Fills the detail page's model: the session with the attendance the user may see and, for
     * users who may change it, the units still to add and empty add forms where none is bound.
     */
    String showDetail(long sessionId, Model model) {
        model.addAttribute("detail", trainings.detail(sessionId));
        if (currentUserCan(MANAGE_PERMISSION)) {
            model.addAttribute("unitChoices", trainings.unitChoices(sessionId));
            if (!model.containsAttribute(UNIT_FORM)) {
                model.addAttribute(UNIT_FORM, new TrainingUnitAttendanceForm());
            }
            if (!model.containsAttribute(DEPARTMENT_FORM)) {
                model.addAttribute(DEPARTMENT_FORM, new TrainingDepartmentAttendanceForm());
            }
        }
        return DETAIL_VIEW;
    }

    static boolean currentUserCan(String permission) {
        return CurrentUsers.find().map(user -> user.can(permission)).orElse(false);
    }

    static void reject(BindingResult binding, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            binding.rejectValue(problem.field(), problem.messageKey(), problem.args().toArray(), null);
        }
    }
}
