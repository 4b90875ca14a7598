package cn.overloadcontrol.sourceunit;

/** Someone saved the unit after the user opened it for editing; the user must reload and retry. */
public class UnitConcurrentlyModifiedException extends RuntimeException {

    public UnitConcurrentlyModifiedException(long unitId) {
        super("Source unit " + unitId + " was changed by someone else after it was opened for editing");
    }
}
