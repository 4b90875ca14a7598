package cn.overloadcontrol.station.credential;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CredentialRepository extends JpaRepository<StationCredential, Long> {

    Optional<StationCredential> findByKeyId(String keyId);

    List<StationCredential> findByStationIdOrderByIssuedAtDesc(Long stationId);
}
