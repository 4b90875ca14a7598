package cn.overloadcontrol.sourceunit;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the servlet container's upload size limit ({@code spring.servlet.multipart.*}) into a
 * Chinese page instead of a 500. The limit is hit while the request is parsed, before any
 * controller is chosen, so this advice applies to every path: the import page shows the message
 * in place, other pages get the 413 error page.
 */
@ControllerAdvice
class UnitImportUploadLimitHandler {

    private static final Logger log = LoggerFactory.getLogger(UnitImportUploadLimitHandler.class);

    private final UnitImportProperties properties;
    private final MessageSource messages;

    UnitImportUploadLimitHandler(UnitImportProperties properties, MessageSource messages) {
        this.properties = properties;
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView uploadTooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request,
            Locale locale) {
        log.warn("Rejected an upload to {} over the multipart size limit: {}", request.getRequestURI(),
                exception.getMessage());
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/units/import")) {
            return new ModelAndView("error/413", HttpStatus.PAYLOAD_TOO_LARGE);
        }

        ExtendedModelMap model = new ExtendedModelMap();
        UnitImportController.addLimits(model, properties);
        model.addAttribute("fileErrors", List.of(messages.getMessage("excel.read.FILE_TOO_LARGE",
                new Object[] {properties.maxFileSize().toMegabytes()}, locale)));
        return new ModelAndView(UnitImportController.UPLOAD_VIEW, model, HttpStatus.PAYLOAD_TOO_LARGE);
    }
}
