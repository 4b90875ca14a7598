package cn.overloadcontrol.sourceunit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SourceUnitRepository extends JpaRepository<SourceUnit, Long>, JpaSpecificationExecutor<SourceUnit> {

    Optional<SourceUnit> findByCreditCode(String creditCode);

    List<SourceUnit> findByCreditCodeIn(Collection<String> creditCodes);

    boolean existsByCreditCode(String creditCode);
}
