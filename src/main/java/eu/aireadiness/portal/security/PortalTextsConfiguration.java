package eu.aireadiness.portal.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.aireadiness.pipeline.ReadinessProperties;

/** The texts of the portal's pages (Thymeleaf's #{...}), from the templates folder's language files. */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PortalTextsConfiguration {

    @Bean
    MessageSource messageSource(ReadinessProperties settings) {
        PortalTexts texts = new PortalTexts(settings.templates());
        texts.setUseCodeAsDefaultMessage(false);
        return texts;
    }
}
