package org.regia.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Webjars are served by version-less paths ({@code /webjars/htmx.org/dist/htmx.min.js}), resolved when the file is
 * requested (webjars-locator-lite). Spring Boot, seeing the locator, also registers {@link ResourceUrlEncodingFilter},
 * which rewrites every link a page renders: for each {@code @{...}} it asked the static-resource chain whether the path
 * is a file, i.e. looked the path up in four classpath locations across every jar — uncached when the answer is no,
 * which it is for all application links. Under the deadline rush that lookup was a quarter of the CPU spent rendering
 * pages. Regia uses no versioned resource URLs, so the filter is switched off (its registration kept, disabled).
 */
@Configuration(proxyBeanMethods = false)
public class StaticResourcesConfiguration {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
