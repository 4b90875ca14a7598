package cn.overloadcontrol.weighing.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** Links that keep the current filters, for the pager and the export. */
final class PageLinks {

    private PageLinks() {
    }

    /** The current path and query string without the page parameter. */
    static String base(HttpServletRequest request) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("page").build().toUriString();
    }

    /** The same filters on another path, for example the export of the list. */
    static String withPath(HttpServletRequest request, String path) {
        return UriComponentsBuilder.fromPath(path).query(request.getQueryString())
                .replaceQueryParam("page").build().toUriString();
    }
}
