package cn.overloadcontrol.common.validation;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.stereotype.Component;

/** Wraps the application's message source in {@link EnteredValueMessages}. */
@Component
class EnteredValueMessagesInstaller implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName)
                && bean instanceof MessageSource source && !(bean instanceof EnteredValueMessages)) {
            return new EnteredValueMessages(source);
        }
        return bean;
    }
}
