package cn.overloadcontrol.sourceunit;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The session or attendance row does not exist, or is outside the user's data scope: both are 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TrainingNotFoundException extends RuntimeException {

    public TrainingNotFoundException(String what, long id) {
        super("Training " + what + " " + id + " not found in the current data scope");
    }
}
