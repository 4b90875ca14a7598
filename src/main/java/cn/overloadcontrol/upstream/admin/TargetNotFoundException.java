package cn.overloadcontrol.upstream.admin;

/** No upload target has the id. */
public class TargetNotFoundException extends RuntimeException {

    public TargetNotFoundException(long id) {
        super("upload target " + id + " not found");
    }
}
