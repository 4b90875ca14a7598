package cn.overloadcontrol.region;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AreaRepository extends JpaRepository<Area, Long> {

    List<Area> findAllByOrderBySortOrderAscCodeAsc();

    Optional<Area> findByName(String name);

    Optional<Area> findByCode(String code);
}
