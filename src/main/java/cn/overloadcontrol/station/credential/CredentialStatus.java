package cn.overloadcontrol.station.credential;

/** Stored by name. A revoked credential never becomes active again: issue a new one. */
public enum CredentialStatus {
    ACTIVE,
    REVOKED;

    public String messageKey() {
        return "credential.status." + name();
    }
}
