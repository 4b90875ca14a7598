package cn.overloadcontrol.sourceunit.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import cn.overloadcontrol.common.excel.XlsxStreamWriter;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.DictionaryKind;
import cn.overloadcontrol.sourceunit.PublicUnitList;
import cn.overloadcontrol.sourceunit.PublicUnitRow;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public list (公示) for visitors without a login: the page, a print view of every match and
 * the Excel file. Everything here reads {@link PublicUnitRow}, which has no personal fields.
 */
@Controller
@RequestMapping("/public")
class PublicUnitController {

    static final String LIST_VIEW = "public/units";
    static final String PRINT_VIEW = "public/units-print";

    /** The print view lists at most this many units; a county ledger has a few hundred (an estimate). */
    static final int PRINT_LIMIT = 5_000;

    private final PublicUnitList publicList;
    private final RegionService regions;
    private final SourceUnitService units;
    private final MessageSourceAccessor messages;

    PublicUnitController(PublicUnitList publicList, RegionService regions, SourceUnitService units,
            MessageSource messageSource) {
        this.publicList = publicList;
        this.regions = regions;
        this.units = units;
        this.messages = new MessageSourceAccessor(messageSource);
    }

    @GetMapping("/units")
    String list(@ModelAttribute("filter") PublicFilter filter, Model model) {
        Page<PublicUnitRow> page = LastPage.clamp(filter.toPageable(),
                pageable -> publicList.search(filter.toQuery(), pageable));
        filter.setPage(page.getNumber());
        model.addAttribute("page", page);
        model.addAttribute("areas", regions.allAreas());
        model.addAttribute("unitTypes", units.dictionary(DictionaryKind.UNIT_TYPE));
        return LIST_VIEW;
    }

    @GetMapping("/units/print")
    String print(@ModelAttribute("filter") PublicFilter filter, Model model) {
        List<PublicUnitRow> rows = new ArrayList<>();
        publicList.forEachMatching(filter.toQuery(), row -> {
            if (rows.size() <= PRINT_LIMIT) {
                rows.add(row);
            }
        });
        boolean truncated = rows.size() > PRINT_LIMIT;
        model.addAttribute("rows", truncated ? rows.subList(0, PRINT_LIMIT) : rows);
        model.addAttribute("truncated", truncated);
        model.addAttribute("printLimit", PRINT_LIMIT);
        return PRINT_VIEW;
    }

    @GetMapping("/units.xlsx")
    void download(@ModelAttribute("filter") PublicFilter filter, HttpServletResponse response) throws IOException {
        String title = messages.getMessage("public.units.sheet");
        try (XlsxStreamWriter writer = new XlsxStreamWriter(title, LedgerSheet.publicColumns(messages))) {
            publicList.forEachMatching(filter.toQuery(), row -> writer.writeRow(LedgerSheet.publicValues(row)));
            UnitExportController.sendFile(response, title, writer);
        }
    }
}
