package org.regia.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * French, Dutch and English. The choice is made with {@code ?lang=nl} (the language switch in the header) and
 * remembered in a cookie for a year; without a choice the browser's Accept-Language decides, French by default.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration implements WebMvcConfigurer {

    public static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("nl"), Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("regia-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            Locale requested = request.getLocale();
            return SUPPORTED.stream()
                    .filter(l -> requested != null && l.getLanguage().equals(requested.getLanguage()))
                    .findFirst().orElse(SUPPORTED.get(0));
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
