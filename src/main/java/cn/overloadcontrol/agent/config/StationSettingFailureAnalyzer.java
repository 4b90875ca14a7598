package cn.overloadcontrol.agent.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a {@link StationSettingException} anywhere in the cause chain of a failed start with
 * its message only. Spring Boot then prints the report and logs the stack trace at DEBUG only.
 */
class StationSettingFailureAnalyzer extends AbstractFailureAnalyzer<StationSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StationSettingException cause) {
        return new FailureAnalysis(cause.chinese() + "\n" + cause.getMessage(),
                "改正该配置项后重新启动磅房程序。Correct this setting and start the station again.", cause);
    }
}
