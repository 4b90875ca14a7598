package cn.overloadcontrol.sourceunit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import cn.overloadcontrol.common.security.CurrentUser;
import cn.overloadcontrol.common.security.CurrentUsers;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import screens: template download, upload, preview of every row, and the commit. */
@Controller
@RequestMapping("/units/import")
@PreAuthorize("hasAuthority('unit:import')")
class UnitImportController {

    static final String UPLOAD_VIEW = "units/import";
    static final String PREVIEW_VIEW = "units/import-preview";
    static final String DRAFT_ATTRIBUTE = "unitImportDraft";
    static final int PAGE_SIZE = 200;

    private static final Logger log = LoggerFactory.getLogger(UnitImportController.class);
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int MAX_FILE_NAME_LENGTH = 200;

    private final UnitImportService service;
    private final UnitImportTemplate template;
    private final UnitImportProperties properties;
    private final MessageSource messages;

    UnitImportController(UnitImportService service, UnitImportTemplate template, UnitImportProperties properties,
            MessageSource messages) {
        this.service = service;
        this.template = template;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping
    String uploadPage(Model model) {
        addLimits(model, properties);
        return UPLOAD_VIEW;
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> downloadTemplate() {
        byte[] workbook = template.build(CurrentUsers.scope());
        String fileName = messages.getMessage("unit.import.template.fileName", null, LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session,
            Model model) throws IOException {
        if (file == null || (file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename()))) {
            return uploadPageWithErrors(model, List.of(UnitImportFileException.message("unit.import.file.missing")));
        }

        String fileName = cleanFileName(file.getOriginalFilename());
        Path copy = Files.createTempFile("unit-import-", ".xlsx");
        try {
            file.transferTo(copy);
            UnitImportDraft draft = service.read(copy, fileName, currentUser().userId());
            session.setAttribute(DRAFT_ATTRIBUTE, draft);
            return "redirect:/units/import/" + draft.token();
        } catch (UnitImportFileException e) {
            log.warn("Rejected unit import file '{}': {}", fileName, e.getMessage());
            return uploadPageWithErrors(model, e.reasons());
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    @GetMapping("/{token}")
    String preview(@PathVariable String token, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "false") boolean problemsOnly, HttpSession session, Model model,
            RedirectAttributes redirect) {
        Optional<UnitImportDraft> draft = findDraft(session, token);
        if (draft.isEmpty()) {
            return expired(redirect);
        }
        addPreview(model, draft.get(), service.preview(draft.get()), page, problemsOnly);
        return PREVIEW_VIEW;
    }

    @PostMapping("/{token}")
    String commit(@PathVariable String token, HttpSession session, Model model, RedirectAttributes redirect) {
        Optional<UnitImportDraft> draft = findDraft(session, token);
        if (draft.isEmpty()) {
            return expired(redirect);
        }

        try {
            int count = service.commit(draft.get());
            session.removeAttribute(DRAFT_ATTRIBUTE);
            redirect.addFlashAttribute("success", message("unit.import.committed", count, draft.get().fileName()));
            return "redirect:/units/import";
        } catch (UnitImportRejectedException e) {
            model.addAttribute("error", message("unit.import.commit.rejected", e.preview().problemRowCount()));
            addPreview(model, draft.get(), e.preview(), 0, true);
            return PREVIEW_VIEW;
        } catch (DataIntegrityViolationException e) {
            // Another user stored one of these credit codes after this commit checked them.
            log.warn("Unit import '{}' collided with a concurrent change: {}", draft.get().fileName(),
                    e.getMostSpecificCause().getMessage());
            model.addAttribute("error", message("unit.import.commit.conflict"));
            addPreview(model, draft.get(), service.preview(draft.get()), 0, true);
            return PREVIEW_VIEW;
        }
    }

    /** Adds the limits that the upload page states. */
    private static void addLimits(Model model, UnitImportProperties properties) {
        model.addAttribute("maxFileMegabytes", properties.maxFileSize().toMegabytes());
        model.addAttribute("maxRows", properties.maxRows());
    }

    private String uploadPageWithErrors(Model model, List<MessageSourceResolvable> reasons) {
        addLimits(model, properties);
        model.addAttribute("fileErrors", reasons.stream()
                .map(reason -> messages.getMessage(reason, LocaleContextHolder.getLocale()))
                .toList());
        return UPLOAD_VIEW;
    }

    private void addPreview(Model model, UnitImportDraft draft, UnitImportPreview preview, int page,
            boolean problemsOnly) {
        List<UnitImportRowResult> shown = problemsOnly ? preview.problemRows() : preview.rows();
        int pageCount = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int pageNumber = Math.min(Math.max(page, 0), pageCount - 1);
        int from = pageNumber * PAGE_SIZE;
        List<UnitImportRowResult> pageRows = shown.subList(from, Math.min(from + PAGE_SIZE, shown.size()));

        model.addAttribute("token", draft.token());
        model.addAttribute("preview", preview);
        model.addAttribute("problemsOnly", problemsOnly);
        model.addAttribute("rows", new PageImpl<>(pageRows, PageRequest.of(pageNumber, PAGE_SIZE), shown.size()));
        model.addAttribute("baseUrl", "/units/import/" + draft.token() + "?problemsOnly=" + problemsOnly);
    }

    private Optional<UnitImportDraft> findDraft(HttpSession session, String token) {
        if (session.getAttribute(DRAFT_ATTRIBUTE) instanceof UnitImportDraft draft
                && draft.token().equals(token)
                && draft.userId() == currentUser().userId()) {
            return Optional.of(draft);
        }
        return Optional.empty();
    }

    private String expired(RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", message("unit.import.expired"));
        return "redirect:/units/import";
    }

    private static CurrentUser currentUser() {
        return CurrentUsers.find().orElseThrow(() -> new IllegalStateException("Import without a logged-in user"));
    }

    /** Keeps the last path segment that old browsers send, and bounds the length for the audit log. */
    private static String cleanFileName(String originalName) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return name.length() > MAX_FILE_NAME_LENGTH ? name.substring(0, MAX_FILE_NAME_LENGTH) : name;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
