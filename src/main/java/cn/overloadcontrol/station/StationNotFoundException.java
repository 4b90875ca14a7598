package cn.overloadcontrol.station;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The station does not exist, or its unit is outside the current user's data scope: both are 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class StationNotFoundException extends RuntimeException {

    public StationNotFoundException(long stationId) {
        super("Weigh station " + stationId + " not found in the current data scope");
    }
}
