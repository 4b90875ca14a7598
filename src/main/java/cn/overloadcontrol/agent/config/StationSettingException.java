package cn.overloadcontrol.agent.config;

/**
 * An invalid station setting found while the station starts. {@link StationSettingFailureAnalyzer}
 * prints it as a short "APPLICATION FAILED TO START" report in Chinese and English, in place of
 * the stack trace of the beans that could not be created.
 */
public class StationSettingException extends IllegalArgumentException {

    private final String chinese;

    /**
     * @param chinese the problem and what to do, in Chinese, for the installer
     * @param message the same in English, for the log
     */
    public StationSettingException(String chinese, String message) {
        super(message);
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
