package org.regia.catalogue.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.regia.catalogue.Call;
import org.regia.catalogue.CatalogueService;
import org.regia.shared.ClockConfiguration;
import org.regia.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Helpers for the catalogue templates ({@code @catalogueViews}): Brussels times, countdowns, amounts, reasons. */
@Component("catalogueViews")
public class CatalogueViews {

    private final MessageSource messages;
    private final CatalogueService catalogue;

    CatalogueViews(MessageSource messages, CatalogueService catalogue) {
        this.messages = messages;
        this.catalogue = catalogue;
    }

    /** An instant as a date and time in Europe/Brussels, in the user's language. */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(ClockConfiguration.BRUSSELS).format(instant)
                .replaceAll(" [A-Z]{3,4}$", "");
    }

    public String money(Money money) {
        if (money == null) {
            return "";
        }
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        f.setMinimumFractionDigits(money.amount().stripTrailingZeros().scale() > 0 ? 2 : 0);
        f.setMaximumFractionDigits(2);
        return "EUR " + f.format(money.amount());
    }

    /** Server-rendered remaining time of an open deadline call ("12 days, 4 h 3 min"), or empty. */
    public String countdown(Call call) {
        return call.remaining(catalogue.now()).map(d -> remaining(d, LocaleContextHolder.getLocale())).orElse("");
    }

    String remaining(Duration d, Locale locale) {
        return messages.getMessage("catalogue.countdown", new Object[] {d.toDays(), d.toHoursPart(), d.toMinutesPart()},
                locale);
    }

    public String reason(MessageSourceResolvable r) {
        return messages.getMessage(r, LocaleContextHolder.getLocale());
    }

    public String labels(String prefix, Collection<? extends Enum<?>> values) {
        Locale locale = LocaleContextHolder.getLocale();
        return values.stream().map(v -> messages.getMessage(prefix + v.name(), null, v.name(), locale))
                .collect(Collectors.joining(", "));
    }
}
