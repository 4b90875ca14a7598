package cn.overloadcontrol.weighing;

/**
 * One change to the limit of a table row.
 *
 * @param kind what caused the change
 * @param deltaKg the change in kg, negative when the limit goes down
 * @param note the reason in Chinese, as it appears in the basis
 */
public record LimitAdjustment(Kind kind, int deltaKg, String note) {

    /** The adjustments of 62号令 art. 3 and the notes of the 2016 认定标准. */
    public enum Kind {
        /** Air suspension with dual-tyre drive axles raises the limit of some rows. */
        AIR_SUSPENSION,
        /** Each single-tyre axle group or trailer axle lowers the limit. */
        SINGLE_TYRES,
        /** A 2-axle truck may not exceed the total mass on its registration certificate. */
        REGISTERED_TOTAL_MASS
    }
}
