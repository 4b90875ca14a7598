package cn.overloadcontrol.identity;

import java.time.OffsetDateTime;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    AccountUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No user named " + username));
        return new UserAccount(user, user.isLockedAt(OffsetDateTime.now()));
    }

    /** Builds a fresh principal for a logged-in user whose account just changed, without its password hash. */
    @Transactional(readOnly = true)
    UserAccount loadAccount(long userId) {
        AppUser user = users.findById(userId)
                .orElseThrow(() -> new UsernameNotFoundException("No user with id " + userId));
        UserAccount account = new UserAccount(user, user.isLockedAt(OffsetDateTime.now()));
        account.eraseCredentials();
        return account;
    }
}
