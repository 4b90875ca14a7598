package cn.overloadcontrol.acceptance;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The acceptance does not exist, or its unit is outside the current user's data scope: both are 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AcceptanceNotFoundException extends RuntimeException {

    public AcceptanceNotFoundException(String what, long id) {
        super(what + " " + id + " not found in the current data scope");
    }
}
