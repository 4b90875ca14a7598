package cn.overloadcontrol.tools;

/** A command-line argument that a command rejects; the message is printed as is. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
