package cn.overloadcontrol.sourceunit;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingUnitAttendanceRepository extends JpaRepository<TrainingUnitAttendance, Long> {

    boolean existsBySessionIdAndUnitId(Long sessionId, Long unitId);

    Optional<TrainingUnitAttendance> findByIdAndSessionId(Long id, Long sessionId);
}
