package cn.overloadcontrol.sourceunit.web;

import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Keeps a list on a page that has rows: a page number past the end (an old bookmark, a list that
 * shrank, a typed URL) shows the last page instead of "共 N 条" above an empty table.
 */
final class LastPage {

    private LastPage() {
    }

    /** Returns the requested page, or the last page when the requested one lies past the end. */
    static <T> Page<T> clamp(Pageable requested, Function<Pageable, Page<T>> search) {
        Page<T> page = search.apply(requested);
        if (page.hasContent() || requested.getPageNumber() == 0 || page.getTotalPages() == 0) {
            return page;
        }
        return search.apply(requested.withPage(page.getTotalPages() - 1));
    }
}
