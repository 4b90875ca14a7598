package cn.overloadcontrol.identity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Thrown when a user id names no account; the screens respond with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UserNotFoundException extends RuntimeException {

    UserNotFoundException(long userId) {
        super("No user with id " + userId);
    }
}
