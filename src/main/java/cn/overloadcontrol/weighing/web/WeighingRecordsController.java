package cn.overloadcontrol.weighing.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.sourceunit.UnitRef;
import cn.overloadcontrol.weighing.ingest.RecordFilter;
import cn.overloadcontrol.weighing.ingest.RecordFlag;
import cn.overloadcontrol.weighing.ingest.RecordSearch;
import cn.overloadcontrol.weighing.ingest.RecordVerdict;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The review screens of weighing records: the live list with filters, a record's detail with
 * the limit explained, and a plate's history. Lists mask driver data; the detail page shows it
 * in full only to users with {@code weighing:personal}.
 */
@Controller
@PreAuthorize("hasAuthority('weighing:view')")
class WeighingRecordsController {

    static final String LIST_VIEW = "weighing/records";
    static final String ROWS_VIEW = "weighing/records :: rows";
    static final String UNCHANGED_VIEW = "weighing/records :: unchanged";
    static final String DETAIL_VIEW = DetailPage.VIEW;
    static final String PLATE_VIEW = "weighing/plate";
    static final int PAGE_SIZE = 50;

    private final RecordSearch records;
    private final ScreenOptions options;
    private final DetailPage detailPage;

    WeighingRecordsController(RecordSearch records, ScreenOptions options, DetailPage detailPage) {
        this.records = records;
        this.options = options;
        this.detailPage = detailPage;
    }

    @GetMapping("/weighings")
    String list(@ModelAttribute("filter") RecordFilter filter, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        DataScope scope = CurrentUsers.scope();
        // Read before the rows, so that a record stored in between changes the token again.
        model.addAttribute("changeToken", records.changeToken());
        model.addAttribute("page", records.page(filter, scope, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("queryBase", PageLinks.base(request));
        model.addAttribute("rowsUrl", PageLinks.withPath(request, "/weighings/rows"));
        model.addAttribute("exportUrl", PageLinks.withPath(request, "/weighings/export.xlsx"));
        List<UnitRef> units = options.units(scope);
        model.addAttribute("areas", options.areas(scope));
        model.addAttribute("units", units);
        model.addAttribute("verdicts", RecordVerdict.values());
        model.addAttribute("flags", RecordFlag.values());
        model.addAttribute("unitNames", unitNames(units));
        return LIST_VIEW;
    }

    /**
     * The first page's rows again, polled every second by the list so that new records appear
     * without a reload. A poll that sends the {@link RecordSearch#changeToken} of its rows gets
     * 204 and no body while no record or correction has been stored since.
     */
    @GetMapping("/weighings/rows")
    ModelAndView rows(@ModelAttribute("filter") RecordFilter filter, @RequestParam(required = false) String known,
            Model model) {
        String token = records.changeToken();
        if (token.equals(known)) {
            ModelAndView unchanged = new ModelAndView(UNCHANGED_VIEW);
            unchanged.setStatus(HttpStatus.NO_CONTENT);
            return unchanged;
        }
        DataScope scope = CurrentUsers.scope();
        model.addAttribute("changeToken", token);
        model.addAttribute("page", records.page(filter, scope, PageRequest.of(0, PAGE_SIZE)));
        model.addAttribute("unitNames", unitNames(options.units(scope)));
        return new ModelAndView(ROWS_VIEW, model.asMap());
    }

    @GetMapping("/weighings/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        return detailPage.show(id, model);
    }

    @GetMapping("/weighings/plates/{plate}")
    String plate(@PathVariable String plate, @RequestParam(defaultValue = "0") int page, Model model) {
        DataScope scope = CurrentUsers.scope();
        RecordFilter filter = new RecordFilter();
        filter.setPlate(plate);
        model.addAttribute("plate", filter.getPlate());
        model.addAttribute("page", records.page(filter, scope, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("queryBase", "/weighings/plates/" + filter.getPlate());
        model.addAttribute("unitNames", unitNames(options.units(scope)));
        return PLATE_VIEW;
    }

    private static Map<Long, String> unitNames(List<UnitRef> units) {
        return units.stream().collect(Collectors.toMap(UnitRef::id, UnitRef::name, (a, b) -> a));
    }
}
