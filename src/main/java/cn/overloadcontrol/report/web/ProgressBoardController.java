package cn.overloadcontrol.report.web;

import java.io.IOException;
import java.time.LocalDate;

import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.region.AreaNotFoundException;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.report.ProgressBoard;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The progress board page and its two downloads, the board and the overdue units. Town staff
 * see only their areas because the scope sits in the board's SQL.
 */
@Controller
@PreAuthorize("hasAuthority('report:view')")
class ProgressBoardController {

    static final String VIEW = "report/progress";

    private final ProgressBoard board;
    private final ProgressSheets sheets;
    private final RegionService regions;

    ProgressBoardController(ProgressBoard board, ProgressSheets sheets, RegionService regions) {
        this.board = board;
        this.sheets = sheets;
        this.regions = regions;
    }

    @GetMapping("/reports/progress")
    String show(@RequestParam(required = false) Long areaId, Model model) {
        DataScope scope = CurrentUsers.scope();
        checkArea(areaId, scope);
        LocalDate today = board.today();
        model.addAttribute("board", board.board(scope, today));
        model.addAttribute("overdue", board.overdue(scope, areaId, today));
        model.addAttribute("overdueMilestones", board.overdueMilestones(today));
        model.addAttribute("areaId", areaId);
        return VIEW;
    }

    @GetMapping("/reports/progress.xlsx")
    void exportBoard(HttpServletResponse response) throws IOException {
        sheets.sendBoard(board.board(CurrentUsers.scope(), board.today()), response);
    }

    @GetMapping("/reports/progress/overdue.xlsx")
    void exportOverdue(@RequestParam(required = false) Long areaId, HttpServletResponse response)
            throws IOException {
        DataScope scope = CurrentUsers.scope();
        checkArea(areaId, scope);
        LocalDate today = board.today();
        sheets.sendOverdue(board.overdue(scope, areaId, today), today, response);
    }

    /**
     * Rejects an area filter that names no area or one outside the scope with 404, because an
     * empty overdue list would read as "no unit is late".
     */
    private void checkArea(Long areaId, DataScope scope) {
        if (areaId != null && (regions.findById(areaId).isEmpty() || !scope.permits(areaId, null))) {
            throw new AreaNotFoundException(areaId);
        }
    }
}
