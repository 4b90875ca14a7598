package cn.overloadcontrol.sourceunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a ledger dictionary, such as the unit type 煤矿. */
@Entity
@Table(name = "unit_dictionary")
class UnitDictionaryItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private DictionaryKind kind;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 64)
    private String label;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    protected UnitDictionaryItem() {
    }

    UnitDictionaryItem(DictionaryKind kind, String code, String label, int sortOrder) {
        this.kind = kind;
        this.code = code;
        this.label = label;
        this.sortOrder = sortOrder;
    }

    DictionaryItemView toView() {
        return new DictionaryItemView(id, kind, code, label, sortOrder, active);
    }

    Long getId() {
        return id;
    }

    DictionaryKind getKind() {
        return kind;
    }

    String getCode() {
        return code;
    }

    String getLabel() {
        return label;
    }

    void setLabel(String label) {
        this.label = label;
    }

    int getSortOrder() {
        return sortOrder;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
