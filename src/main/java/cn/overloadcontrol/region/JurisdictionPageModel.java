package cn.overloadcontrol.region;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the jurisdiction into the model of every page, for titles and headers. An interceptor
 * rather than a {@code @ModelAttribute} advice, because an advice method runs for every
 * request, including each record that stations post to {@code /api/**}, which renders no page.
 */
@Configuration(proxyBeanMethods = false)
class JurisdictionPageModel implements WebMvcConfigurer {

    private final JurisdictionProperties jurisdiction;

    JurisdictionPageModel(JurisdictionProperties jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    ModelAndView page) {
                if (page != null && page.isReference() && !page.getViewName().startsWith("redirect:")) {
                    page.addObject("jurisdiction", jurisdiction);
                }
            }
        }).excludePathPatterns("/api/**");
    }
}
