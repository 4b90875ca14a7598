package cn.overloadcontrol.station.pairing;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface PairingCodeRepository extends JpaRepository<PairingCode, Long> {

    /** Locks the row, so that two stations redeeming the same code at once cannot both succeed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<PairingCode> findByCodeHash(String codeHash);

    List<PairingCode> findByStationIdAndUsedAtIsNullAndReplacedAtIsNull(Long stationId);
}
