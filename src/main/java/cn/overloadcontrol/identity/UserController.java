package cn.overloadcontrol.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.overloadcontrol.common.security.CurrentUser;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.UnitDirectory;
import cn.overloadcontrol.sourceunit.UnitRef;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The user list and the create and edit forms (用户管理). */
@Controller
@RequestMapping("/users")
class UserController {

    static final String LIST_VIEW = "users/list";
    static final String FORM_VIEW = "users/form";
    static final String UNIT_OPTIONS_VIEW = "users/unit-options :: options";
    static final int UNIT_OPTIONS_LIMIT = 20;

    private final UserSearchService search;
    private final UserAdminService admin;
    private final RegionService regions;
    private final UnitDirectory units;
    private final UserSessions sessions;
    private final MessageSource messages;

    UserController(UserSearchService search, UserAdminService admin, RegionService regions, UnitDirectory units,
            UserSessions sessions, MessageSource messages) {
        this.search = search;
        this.admin = admin;
        this.regions = regions;
        this.units = units;
        this.sessions = sessions;
        this.messages = messages;
    }

    @InitBinder("userForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("username", "displayName", "department", "phone", "roles", "areaIds", "unitId");
    }

    @GetMapping
    @PreAuthorize("hasAuthority('user:view')")
    String list(@RequestParam(required = false) String keyword, @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean enabled, @RequestParam(defaultValue = "0") int page,
            Model model) {
        UserQuery query = new UserQuery(keyword, role, enabled);
        model.addAttribute("query", query);
        model.addAttribute("users", search.search(query, page));
        model.addAttribute("roles", Role.values());
        model.addAttribute("baseUrl", listUrl(query));
        return LIST_VIEW;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('user:manage')")
    String newForm(Model model) {
        UserForm form = new UserForm();
        model.addAttribute("userForm", form);
        return showForm(null, form, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('user:manage')")
    String create(@ModelAttribute("userForm") UserForm form, BindingResult bindingResult, Model model,
            RedirectAttributes redirect) {
        if (bindingResult.hasErrors()) {
            return showForm(null, form, model);
        }
        try {
            IssuedPassword created = admin.create(form);
            redirect.addFlashAttribute("success", message("user.created", created.username(), created.password()));
            return "redirect:/users";
        } catch (UserValidationException e) {
            BindingProblems.reject(e.problems(), bindingResult);
            return showForm(null, form, model);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('user:manage')")
    String editForm(@PathVariable long id, Model model) {
        UserForm form = admin.formOf(id);
        model.addAttribute("userForm", form);
        return showForm(id, form, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('user:manage')")
    String update(@PathVariable long id, @ModelAttribute("userForm") UserForm form, BindingResult bindingResult,
            Model model, RedirectAttributes redirect, @AuthenticationPrincipal CurrentUser currentUser,
            HttpServletRequest request, HttpServletResponse response) {
        // The username is fixed: it names the user in every audit row.
        form.setUsername(admin.formOf(id).getUsername());
        if (bindingResult.hasErrors()) {
            return showForm(id, form, model);
        }
        try {
            admin.update(id, form);
            if (currentUser.userId() == id) {
                sessions.refreshCurrent(id, request, response);
            }
            redirect.addFlashAttribute("success", message("user.updated", form.getUsername()));
            return "redirect:/users";
        } catch (UserValidationException e) {
            BindingProblems.reject(e.problems(), bindingResult);
            return showForm(id, form, model);
        }
    }

    /** Returns the {@code <option>} list of the unit picker for a search keyword (htmx). */
    @GetMapping("/unit-options")
    @PreAuthorize("hasAuthority('user:manage')")
    String unitOptions(@RequestParam(defaultValue = "") String unitKeyword, Model model) {
        model.addAttribute("units", units.search(unitKeyword, UNIT_OPTIONS_LIMIT));
        model.addAttribute("selectedUnitId", null);
        return UNIT_OPTIONS_VIEW;
    }

    private String showForm(Long id, UserForm form, Model model) {
        model.addAttribute("userId", id);
        model.addAttribute("roles", Role.values());
        model.addAttribute("areas", choosableAreas(form.getAreaIds()));
        List<UnitRef> unitChoices = new ArrayList<>();
        if (form.getUnitId() != null) {
            units.findById(form.getUnitId()).ifPresent(unitChoices::add);
        }
        model.addAttribute("units", unitChoices);
        model.addAttribute("selectedUnitId", form.getUnitId());
        return FORM_VIEW;
    }

    /** Active areas, plus inactive ones the form already has so that editing does not drop them silently. */
    private List<AreaView> choosableAreas(Set<Long> selected) {
        return regions.allAreas().stream()
                .filter(area -> area.active() || selected.contains(area.id()))
                .toList();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String listUrl(UserQuery query) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/users");
        if (query.keyword() != null && !query.keyword().isBlank()) {
            url.queryParam("keyword", query.keyword());
        }
        if (query.role() != null) {
            url.queryParam("role", query.role().name());
        }
        if (query.enabled() != null) {
            url.queryParam("enabled", query.enabled());
        }
        return url.encode().build().toUriString();
    }
}
