package org.regia.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole platform; tests replace it to move time. Deadlines are in Europe/Brussels. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(BRUSSELS);
    }
}
