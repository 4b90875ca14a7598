package cn.overloadcontrol.common.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Serves the static files under their own path prefixes instead of Spring Boot's catch-all
 * {@code /**} mapping, which {@code spring.web.resources.add-mappings=false} turns off.
 *
 * <p>Thymeleaf passes every link of a page through the resource chain, so that version-less
 * webjar links get their version. With the catch-all mapping every link matched, and each link
 * that is not a file (such as {@code /weighings/123}) was looked up on the class path on every
 * render, because the chain's cache keeps only the files it finds. A Java Flight Recorder
 * profile of the record list found those lookups in its render. With these prefixes the other
 * links match no mapping and are left as they are at once.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        registry.addResourceHandler("/*.svg").addResourceLocations("classpath:/static/").resourceChain(true);
    }
}
