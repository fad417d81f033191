package eu.aireadiness.portal.web;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import eu.aireadiness.pipeline.IntakeProperties;
import eu.aireadiness.portal.audit.AuditTrail;
import eu.aireadiness.pipeline.ReadinessProperties;

/**
 * The portal's web settings, active only when the application serves pages (the {@code serve} command and the web
 * tests): its texts from the templates folder, its languages, and the size of an upload.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PortalWebConfiguration implements WebMvcConfigurer {

    /**
     * Room for the form's other fields and the multipart headers around the file: a request may be this much larger
     * than the largest file.
     */
    private static final long FORM_OVERHEAD_BYTES = 64 * 1024;

    /** The bean Spring MVC looks up by this name for {@code #{...}} texts and {@code <spring:message>}. */
    @Bean
    MessageSource messageSource(ReadinessProperties settings) {
        return new PortalTexts(settings.templates().toAbsolutePath().normalize());
    }

    @Bean
    LocaleResolver localeResolver() {
        return new PortalLocales();
    }

    /**
     * The intake's own size limit is the upload's: the servlet container refuses a larger file while it reads the
     * request, before a byte of it is stored, so the intake never meets a file it would refuse for its size.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(IntakeProperties intake) {
        long file = intake.limits().maxFileBytes();
        return new MultipartConfigElement("", file, file + FORM_OVERHEAD_BYTES, 0);
    }

    /** Before Spring Security's filters (see {@link UploadSizeFilter} for why), on the officers' uploads only. */
    @Bean
    FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(IntakeProperties intake, AuditTrail trail) {
        FilterRegistrationBean<UploadSizeFilter> registration = new FilterRegistrationBean<>(
                new UploadSizeFilter(intake.limits().maxFileBytes() + FORM_OVERHEAD_BYTES, trail));
        registration.addUrlPatterns("/officer/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageLinks = new LocaleChangeInterceptor();
        languageLinks.setParamName("lang");
        languageLinks.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageLinks);
    }
}
