package cn.overloadcontrol.station.pairing;

/** A pairing request was rejected; nothing was issued and the code was not used up. */
public class PairingRejectedException extends RuntimeException {

    private final PairingFailure failure;

    PairingRejectedException(PairingFailure failure, String detail) {
        super(failure.code() + ": " + detail);
        this.failure = failure;
    }

    public PairingFailure failure() {
        return failure;
    }
}
