package cn.overloadcontrol.sourceunit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.overloadcontrol.common.security.DataScope;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SourceUnitRepository extends JpaRepository<SourceUnit, Long>, JpaSpecificationExecutor<SourceUnit> {

    Optional<SourceUnit> findByCreditCode(String creditCode);

    List<SourceUnit> findByCreditCodeIn(Collection<String> creditCodes);

    boolean existsByCreditCode(String creditCode);

    List<SourceUnit> findByPublishedTrueOrderByIdAsc();

    /**
     * Loads a unit only when it lies in the data scope; the scope is part of the query, so an
     * out-of-scope unit is never read.
     */
    @Query("""
            select u from SourceUnit u
            where u.id = :id
              and (:all = true or u.areaId in :areaIds or u.id = :unitId)""")
    Optional<SourceUnit> findScoped(@Param("id") long id, @Param("all") boolean all,
            @Param("areaIds") Collection<Long> areaIds, @Param("unitId") long unitId);

    default Optional<SourceUnit> findInScope(long id, DataScope scope) {
        // An empty IN list is not valid SQL everywhere, and no unit has id -1.
        Collection<Long> areaIds = scope.areaIds().isEmpty() ? List.of(-1L) : scope.areaIds();
        long unitId = scope.unitId() == null ? -1L : scope.unitId();
        return findScoped(id, scope.all(), areaIds, unitId);
    }
}
