package cn.overloadcontrol.weighing.ingest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No record with this id within the user's data scope: shown as 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(long id) {
        super("Weighing record " + id + " not found");
    }
}
