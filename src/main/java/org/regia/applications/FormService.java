package org.regia.applications;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.regia.catalogue.Call;
import org.regia.catalogue.CallState;
import org.regia.catalogue.CatalogueService;
import org.regia.identity.CurrentUser;
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
    private final FormDraftRepository drafts;
    private final ApplicationRepository applications;
    private final CallSettingsRepository settings;
    private final CatalogueService catalogue;
    private final Clock clock;

    FormService(FormDefinitionRepository forms, FormDraftRepository drafts, ApplicationRepository applications,
                CallSettingsRepository settings, CatalogueService catalogue, Clock clock) {
        this.forms = forms;
        this.drafts = drafts;
        this.applications = applications;
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

    /**
     * Pins a form version to a call with the call's attachment size limit — only before the call opens (draft or
     * published, opening date still ahead) and while it has no application, so that no draft ever changes form.
     */
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public CallSettings pin(UUID callId, UUID formId, long maxAttachmentBytes) {
        Call call = catalogue.call(callId);
        form(formId);
        boolean notOpenedYet = (call.getState() == CallState.DRAFT || call.getState() == CallState.PUBLISHED)
                && (call.getOpensAt() == null || call.getOpensAt().isAfter(clock.instant()));
        if (!notOpenedYet || applications.countByCallId(callId) > 0) {
            throw DomainException.onField("callId", "applications.design.callAlreadyOpen");
        }
        CallSettings s = settings.findById(callId).orElse(null);
        if (s == null) {
            return settings.save(new CallSettings(callId, formId, maxAttachmentBytes));
        }
        s.pin(formId, maxAttachmentBytes);
        return s;
    }

    /** The calls a form may still be pinned on: not opened yet (draft or published with a future opening). */
    @Transactional(readOnly = true)
    public List<Call> pinnableCalls() {
        return catalogue.allCalls().stream()
                .filter(c -> c.getState() == CallState.DRAFT || c.getState() == CallState.PUBLISHED)
                .filter(c -> c.getOpensAt() == null || c.getOpensAt().isAfter(clock.instant()))
                .toList();
    }

    /** The form pinned on a call, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<UUID> pinnedForm(UUID callId) {
        return settings.findById(callId).map(CallSettings::getFormId);
    }

    // ---- officers' drafts ----

    /** Copies a published version (the one of a call, or an earlier one) into a new editable draft of the same code. */
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public FormDraft copyToDraft(UUID formId) {
        FormDefinition source = form(formId);
        return drafts.saveAndFlush(new FormDraft(source.getCode(), source.getId(), source.getDefinition(),
                CurrentUser.id(), clock.instant()));
    }

    /** Copies the form a call uses (its pinned version, or the standard form) into a new draft. */
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public FormDraft copyCallForm(UUID callId) {
        catalogue.call(callId);
        UUID formId = settings.findById(callId).map(CallSettings::getFormId).orElseGet(() ->
                forms.findTopByCodeOrderByVersionDesc(DEFAULT_CODE)
                        .orElseGet(() -> publishUnchecked(DEFAULT_CODE, DefaultForm.JSON)).getId());
        return copyToDraft(formId);
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    @Transactional(readOnly = true)
    public FormDraft draft(UUID id) {
        return drafts.findById(id).orElseThrow(() -> new NotFoundException("form draft", id));
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    @Transactional(readOnly = true)
    public List<FormDraft> drafts() {
        return drafts.findAllByOrderByUpdatedAtDesc();
    }

    /**
     * Saves an edited draft. Refused with every problem (nothing saved) when the design is invalid, and with the
     * conflict message when someone else saved it since {@code expectedVersion}.
     */
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public FormDraft saveDraft(UUID id, long expectedVersion, String code, String definition) {
        FormDraft d = draft(id);
        if (d.getVersion() != expectedVersion) {
            throw new DomainException("applications.design.conflict");
        }
        d.edit(code, definition, clock.instant());
        return drafts.saveAndFlush(d);
    }

    /** Publishes a draft as the next version of its code (then the draft is gone) and returns that version. */
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public FormDefinition publishDraft(UUID id, long expectedVersion) {
        FormDraft d = draft(id);
        if (d.getVersion() != expectedVersion) {
            throw new DomainException("applications.design.conflict");
        }
        d.edit(d.getCode(), d.getDefinition(), clock.instant()); // checked again
        FormDefinition published = publishUnchecked(d.getCode(), d.getDefinition());
        drafts.delete(d);
        return published;
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public void deleteDraft(UUID id) {
        drafts.delete(draft(id));
    }

    /**
     * A form version. Versions are immutable (there is no update nor delete of one), so each is read from the database
     * once per run and then shared — every dossier page, autosave and submission asks for its form.
     */
    @Transactional(readOnly = true)
    public FormDefinition form(UUID id) {
        FormDefinition known = versions.get(id);
        if (known != null) {
            return known;
        }
        FormDefinition f = forms.findById(id).orElseThrow(() -> new NotFoundException("form", id));
        versions.put(id, f);
        return f;
    }

    private final java.util.Map<UUID, FormDefinition> versions = new java.util.concurrent.ConcurrentHashMap<>();

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
