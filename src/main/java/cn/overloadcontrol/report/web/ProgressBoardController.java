package cn.overloadcontrol.report.web;

import java.io.IOException;
import java.time.LocalDate;

import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.security.DataScope;
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

    ProgressBoardController(ProgressBoard board, ProgressSheets sheets) {
        this.board = board;
        this.sheets = sheets;
    }

    @GetMapping("/reports/progress")
    String show(@RequestParam(required = false) Long areaId, Model model) {
        DataScope scope = CurrentUsers.scope();
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
        LocalDate today = board.today();
        sheets.sendOverdue(board.overdue(CurrentUsers.scope(), areaId, today), today, response);
    }
}
