package cn.overloadcontrol.sourceunit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitDictionaryRepository extends JpaRepository<UnitDictionaryItem, Long> {

    List<UnitDictionaryItem> findByKindOrderBySortOrderAscIdAsc(DictionaryKind kind);

    Optional<UnitDictionaryItem> findByKindAndLabel(DictionaryKind kind, String label);

    Optional<UnitDictionaryItem> findByKindAndCode(DictionaryKind kind, String code);
}
