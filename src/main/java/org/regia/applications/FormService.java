package org.regia.applications;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.regia.catalogue.CatalogueService;
import org.regia.shared.DomainException;
import org.regia.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Form definitions (versioned data) and the version each call pins. Officers publish a new version (a copy edited
 * for a new call) and pin it; a call without a pinned form gets the latest version of {@link #DEFAULT_CODE} when the
 * first application is created.
 */
@Service
@Transactional
public class FormService {

    public static final String DEFAULT_CODE = "rdi-standard";
    public static final long DEFAULT_MAX_ATTACHMENT = 10L * 1024 * 1024;

    private final FormDefinitionRepository forms;
    private final CallSettingsRepository settings;
    private final CatalogueService catalogue;
    private final Clock clock;

    FormService(FormDefinitionRepository forms, CallSettingsRepository settings, CatalogueService catalogue, Clock clock) {
        this.forms = forms;
        this.settings = settings;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Publishes the next version of a form (versions are never edited in place). */
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public FormDefinition publish(String code, String definition) {
        return publishUnchecked(code, definition);
    }

    FormDefinition publishUnchecked(String code, String definition) {
        if (code == null || !code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw DomainException.onField("code", "applications.form.badCode");
        }
        int next = forms.findTopByCodeOrderByVersionDesc(code).map(f -> f.getVersion() + 1).orElse(1);
        return forms.saveAndFlush(new FormDefinition(code, next, definition, clock.instant()));
    }

    /** Pins a form version to a call with the call's attachment size limit. */
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public CallSettings pin(UUID callId, UUID formId, long maxAttachmentBytes) {
        catalogue.call(callId);
        form(formId);
        CallSettings s = settings.findById(callId).orElse(null);
        if (s == null) {
            return settings.save(new CallSettings(callId, formId, maxAttachmentBytes));
        }
        s.pin(formId, maxAttachmentBytes);
        return s;
    }

    @Transactional(readOnly = true)
    public FormDefinition form(UUID id) {
        return forms.findById(id).orElseThrow(() -> new NotFoundException("form", id));
    }

    @Transactional(readOnly = true)
    public List<FormDefinition> all() {
        return forms.findAllByOrderByCodeAscVersionDesc();
    }

    /** The call's settings, pinning the default form on first use. */
    public CallSettings settingsFor(UUID callId) {
        return settings.findById(callId).orElseGet(() -> {
            FormDefinition def = forms.findTopByCodeOrderByVersionDesc(DEFAULT_CODE)
                    .orElseGet(() -> publishUnchecked(DEFAULT_CODE, DefaultForm.JSON));
            return settings.saveAndFlush(new CallSettings(callId, def.getId(), DEFAULT_MAX_ATTACHMENT));
        });
    }
}
