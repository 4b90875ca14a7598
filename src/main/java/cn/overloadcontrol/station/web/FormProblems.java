package cn.overloadcontrol.station.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.overloadcontrol.common.validation.FieldProblem;
import org.springframework.validation.BindingResult;

/** Puts field problems of the station service on the form's binding result. */
final class FormProblems {

    private static final Pattern LANE_FIELD = Pattern.compile("lanes\\[(\\d+)](.*)");

    private FormProblems() {
    }

    static void apply(List<FieldProblem> problems, StationForm form, BindingResult binding) {
        for (FieldProblem problem : problems) {
            String field = formField(problem.field(), form);
            Object[] args = problem.args().toArray();
            if (field.equals("version")) {
                binding.reject(problem.messageKey(), args, problem.code());
            } else {
                binding.rejectValue(field, problem.messageKey(), args, problem.code());
            }
        }
    }

    private static String formField(String field, StationForm form) {
        Matcher lane = LANE_FIELD.matcher(field);
        if (lane.matches()) {
            return "lanes[" + form.rowOfLane(Integer.parseInt(lane.group(1))) + "]" + lane.group(2);
        }
        return field;
    }
}
