package cn.overloadcontrol.region;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class AreaNotFoundException extends RuntimeException {

    public AreaNotFoundException(long areaId) {
        super("Area " + areaId + " not found");
    }
}
