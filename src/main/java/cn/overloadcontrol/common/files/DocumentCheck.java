package cn.overloadcontrol.common.files;

import java.util.Set;
import java.util.stream.Collectors;

import cn.overloadcontrol.common.validation.FieldProblem;

/** The upload rules shared by document fields: present, within a size limit, of an accepted type. */
public final class DocumentCheck {

    private DocumentCheck() {
    }

    /**
     * Returns the problem with an uploaded file, or {@code null} when it may be stored.
     *
     * @param field    the form field, named in the problem
     * @param fileName the name the browser sent, shown back in the problem
     * @param content  the uploaded bytes, or {@code null} when no file was chosen
     */
    public static FieldProblem problem(String field, String fileName, byte[] content, Set<DocumentType> accepted,
            long maxBytes) {
        if (content == null || content.length == 0) {
            return FieldProblem.error(field, fileName, "document.required");
        }
        if (content.length > maxBytes) {
            return FieldProblem.error(field, fileName, "document.too_large", maxBytes / 1024 / 1024,
                    content.length / 1024);
        }
        DocumentType type = DocumentType.detect(content).orElse(null);
        if (type == null || !accepted.contains(type)) {
            String names = accepted.stream().map(DocumentType::extension).sorted()
                    .collect(Collectors.joining("、"));
            return FieldProblem.error(field, fileName, "document.type_invalid", names);
        }
        return null;
    }
}
