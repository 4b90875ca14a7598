package cn.overloadcontrol.sourceunit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitStatusChangeRepository extends JpaRepository<UnitStatusChange, Long> {

    List<UnitStatusChange> findByUnitIdOrderByChangedAtDescIdDesc(Long unitId);
}
