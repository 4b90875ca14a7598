package cn.overloadcontrol.weighing.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import cn.overloadcontrol.common.excel.XlsxReadException;
import cn.overloadcontrol.common.excel.XlsxStreamWriter;
import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.weighing.VehicleType;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registry import: template download, upload, preview of every row's problems, and the commit. */
@Controller
@RequestMapping("/vehicles/import")
@PreAuthorize("hasAuthority('vehicle:import')")
class VehicleImportController {

    static final String UPLOAD_VIEW = "vehicles/import";
    static final String PREVIEW_VIEW = "vehicles/import-preview";
    static final String DRAFT_ATTRIBUTE = "vehicleImportDraft";

    private static final Logger log = LoggerFactory.getLogger(VehicleImportController.class);
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int MAX_FILE_NAME_LENGTH = 150;

    private final VehicleImportReader reader;
    private final VehicleImportService service;
    private final MessageSource messages;

    VehicleImportController(VehicleImportReader reader, VehicleImportService service, MessageSource messages) {
        this.reader = reader;
        this.service = service;
        this.messages = messages;
    }

    @GetMapping
    String uploadPage(Model model) {
        model.addAttribute("maxRows", VehicleImportReader.MAX_ROWS - 1);
        model.addAttribute("typeLabels", VehicleImportColumns.typeLabels());
        return UPLOAD_VIEW;
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> downloadTemplate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxStreamWriter writer = new XlsxStreamWriter("车辆登记信息",
                VehicleImportColumns.HEADERS.stream().map(header -> new XlsxStreamWriter.Column(header, 16)).toList())) {
            writer.writeRow("晋E12345", 6, VehicleType.ARTICULATED.chineseName(), 49_000, 32_000);
            writer.writeTo(out);
        }
        String fileName = message("vehicle.import.template.fileName");
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session,
            Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            return uploadPageWithError(model, message("vehicle.import.file.missing"));
        }
        String fileName = cleanFileName(file.getOriginalFilename());
        Path copy = Files.createTempFile("vehicle-import-", ".xlsx");
        try {
            file.transferTo(copy);
            VehicleImportDraft draft = reader.read(copy, fileName, userId());
            session.setAttribute(DRAFT_ATTRIBUTE, draft);
            return "redirect:/vehicles/import/" + draft.token();
        } catch (XlsxReadException e) {
            log.warn("Rejected vehicle import file '{}': {}", fileName, e.getMessage());
            return uploadPageWithError(model, messages.getMessage(e.messageKey(), e.args(),
                    LocaleContextHolder.getLocale()));
        } catch (VehicleImportReader.HeaderMissingException e) {
            return uploadPageWithError(model, message("vehicle.import.file.header", VehicleImportColumns.HEADERS));
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    @GetMapping("/{token}")
    String preview(@PathVariable String token, HttpSession session, Model model, RedirectAttributes redirect) {
        Optional<VehicleImportDraft> draft = findDraft(session, token);
        if (draft.isEmpty()) {
            return expired(redirect);
        }
        model.addAttribute("draft", draft.get());
        return PREVIEW_VIEW;
    }

    @PostMapping("/{token}")
    String commit(@PathVariable String token, HttpSession session, Model model, RedirectAttributes redirect) {
        Optional<VehicleImportDraft> draft = findDraft(session, token);
        if (draft.isEmpty()) {
            return expired(redirect);
        }
        if (!draft.get().importable()) {
            model.addAttribute("draft", draft.get());
            model.addAttribute("error", message("vehicle.import.commit.rejected", draft.get().problemRowCount()));
            return PREVIEW_VIEW;
        }
        int count = service.commit(draft.get());
        session.removeAttribute(DRAFT_ATTRIBUTE);
        redirect.addFlashAttribute("success", message("vehicle.import.committed", count, draft.get().fileName()));
        return "redirect:/vehicles";
    }

    private String uploadPageWithError(Model model, String error) {
        uploadPage(model);
        model.addAttribute("fileError", error);
        return UPLOAD_VIEW;
    }

    private Optional<VehicleImportDraft> findDraft(HttpSession session, String token) {
        if (session.getAttribute(DRAFT_ATTRIBUTE) instanceof VehicleImportDraft draft && draft.token().equals(token)
                && draft.userId() == userId()) {
            return Optional.of(draft);
        }
        return Optional.empty();
    }

    private String expired(RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", message("vehicle.import.expired"));
        return "redirect:/vehicles/import";
    }

    private static long userId() {
        return CurrentUsers.find().orElseThrow(() -> new IllegalStateException("Import without a logged-in user"))
                .userId();
    }

    /** Keeps the last path segment that old browsers send, bounded for the audit log. */
    private static String cleanFileName(String originalName) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return name.length() > MAX_FILE_NAME_LENGTH ? name.substring(0, MAX_FILE_NAME_LENGTH) : name;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
