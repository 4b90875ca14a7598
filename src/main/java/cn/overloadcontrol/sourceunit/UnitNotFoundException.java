package cn.overloadcontrol.sourceunit;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The unit does not exist, or it is outside the current user's data scope: both are 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnitNotFoundException extends RuntimeException {

    public UnitNotFoundException(long unitId) {
        super("Source unit " + unitId + " not found in the current data scope");
    }
}
