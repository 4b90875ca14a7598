package cn.overloadcontrol.acceptance;

/** Which upper level samples: the province (5% by default) or Jincheng city (30% by default). */
public enum SamplingLevel {
    PROVINCE,
    CITY;

    public String messageKey() {
        return "sampling.level." + name();
    }
}
