package cn.overloadcontrol.sourceunit;

/** A dictionary entry as screens and other modules see it. */
public record DictionaryItemView(long id, DictionaryKind kind, String code, String label, int sortOrder,
        boolean active) {
}
