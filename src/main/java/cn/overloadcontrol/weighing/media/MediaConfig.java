package cn.overloadcontrol.weighing.media;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class MediaConfig {

    /** The file-system store unless another {@link MediaStorage} (such as S3) is configured. */
    @Bean
    @ConditionalOnMissingBean(MediaStorage.class)
    MediaStorage mediaStorage(MediaProperties properties) {
        return new FileMediaStorage(properties.dir());
    }
}
