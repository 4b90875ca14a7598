package cn.overloadcontrol.weighing.review;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No queue item with this id within the user's scope: shown as 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReviewItemNotFoundException extends RuntimeException {

    public ReviewItemNotFoundException(long id) {
        super("Review item " + id + " not found");
    }
}
