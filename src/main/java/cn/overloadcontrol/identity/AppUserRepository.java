package cn.overloadcontrol.identity;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long>, JpaSpecificationExecutor<AppUser> {

    @Query("select u from AppUser u where lower(u.username) = lower(?1)")
    Optional<AppUser> findByUsernameIgnoreCase(String username);

    /**
     * Loads a user and locks the row until the transaction ends, so that concurrent failed
     * logins of one account are counted one after the other instead of overwriting each other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.id = ?1")
    Optional<AppUser> findByIdForUpdate(long id);

    @Query("select count(u) > 0 from AppUser u where lower(u.username) = lower(?1)")
    boolean existsByUsernameIgnoreCase(String username);
}
