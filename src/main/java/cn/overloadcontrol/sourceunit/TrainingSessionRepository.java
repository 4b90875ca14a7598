package cn.overloadcontrol.sourceunit;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {
}
