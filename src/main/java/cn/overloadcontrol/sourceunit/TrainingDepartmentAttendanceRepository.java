package cn.overloadcontrol.sourceunit;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingDepartmentAttendanceRepository extends JpaRepository<TrainingDepartmentAttendance, Long> {

    boolean existsBySessionIdAndDepartment(Long sessionId, String department);

    Optional<TrainingDepartmentAttendance> findByIdAndSessionId(Long id, Long sessionId);
}
