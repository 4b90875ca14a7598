package cn.overloadcontrol.station.api;

import java.util.List;

import cn.overloadcontrol.station.StationPrincipal;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by a valid station signature. */
class StationAuthentication extends AbstractAuthenticationToken {

    /** The only authority of a station: sending records. It grants nothing on the web screens. */
    static final String AUTHORITY = "ROLE_STATION";

    private final StationPrincipal principal;

    StationAuthentication(StationPrincipal principal) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public StationPrincipal getPrincipal() {
        return principal;
    }
}
