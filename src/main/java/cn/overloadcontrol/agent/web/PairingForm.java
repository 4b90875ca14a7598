package cn.overloadcontrol.agent.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The installer's pairing input: the platform address and the one-time code from the station's page. */
public class PairingForm {

    @NotBlank
    @Size(max = 200)
    private String platformUrl;

    @NotBlank
    @Size(max = 32)
    private String code;

    public String getPlatformUrl() {
        return platformUrl;
    }

    public void setPlatformUrl(String platformUrl) {
        this.platformUrl = platformUrl;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
