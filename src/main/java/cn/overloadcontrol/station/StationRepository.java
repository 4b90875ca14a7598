package cn.overloadcontrol.station;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StationRepository extends JpaRepository<WeighStation, Long> {

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);

    boolean existsByUnitIdAndName(Long unitId, String name);

    boolean existsByUnitIdAndNameAndIdNot(Long unitId, String name, Long id);

    List<WeighStation> findByUnitId(Long unitId);
}
