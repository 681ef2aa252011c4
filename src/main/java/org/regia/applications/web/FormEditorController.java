package org.regia.applications.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.regia.applications.FieldError;
import org.regia.applications.FormDefinition;
import org.regia.applications.FormDesignRefused;
import org.regia.applications.FormDraft;
import org.regia.applications.FormService;
import org.regia.applications.FormSchema;
import org.regia.catalogue.CatalogueService;
import org.regia.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officers' form editor: copy a call's form (or any earlier version) into a draft, edit its sections and fields in a
 * plain form (every problem shown at its input), preview it in fr/nl/en, publish it as the next version and pin that
 * version on a call that has not opened yet.
 */
@Controller
@PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
class FormEditorController {

    private final FormService forms;
    private final CatalogueService catalogue;
    private final MessageSource messages;

    FormEditorController(FormService forms, CatalogueService catalogue, MessageSource messages) {
        this.forms = forms;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/officer/forms")
    String list(Model model) {
        model.addAttribute("versions", forms.all());
        model.addAttribute("drafts", forms.drafts());
        model.addAttribute("calls", catalogue.allCalls());
        return "applications/forms";
    }

    @PostMapping("/officer/forms/drafts")
    String copy(@RequestParam(required = false) UUID formId, @RequestParam(required = false) UUID callId,
                RedirectAttributes redirect, Locale locale) {
        if (formId == null && callId == null) {
            redirect.addFlashAttribute("errorMessage", messages.getMessage("applications.design.chooseSource", null, locale));
            return "redirect:/officer/forms";
        }
        FormDraft d = formId != null ? forms.copyToDraft(formId) : forms.copyCallForm(callId);
        return "redirect:/officer/forms/drafts/" + d.getId();
    }

    @GetMapping("/officer/forms/drafts/{id}")
    String edit(@PathVariable UUID id, Model model) {
        FormDraft d = forms.draft(id);
        model.addAttribute("form", EditorForm.of(d.getCode(), d.getVersion(), d.getDefinition()));
        return editor(d, model);
    }

    private String editor(FormDraft d, Model model) {
        model.addAttribute("draft", d);
        model.addAttribute("types", EditorForm.TYPES);
        model.addAttribute("basedOn", d.getBasedOn() == null ? null : forms.form(d.getBasedOn()));
        return "applications/form-editor";
    }

    /**
     * One post for every button of the editor: {@code save}, {@code publish}, or a structural change
     * ({@code addSection}, {@code addField:s}, {@code removeField:s:f}, {@code addSubField:s:f},
     * {@code removeSubField:s:f:g}, {@code removeSection:s}, {@code moveSectionUp:s} / {@code moveSectionDown:s},
     * {@code moveFieldUp:s:f} / {@code moveFieldDown:s:f}, {@code moveSubFieldUp:s:f:g} /
     * {@code moveSubFieldDown:s:f:g}) that is shown at once and saved with the next save.
     */
    @PostMapping("/officer/forms/drafts/{id}")
    String post(@PathVariable UUID id, @ModelAttribute("form") EditorForm form, BindingResult binding,
                @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect, Locale locale) {
        FormDraft d = forms.draft(id);
        if (!action.equals("save") && !action.equals("publish")) {
            restructure(form, action);
            model.addAttribute("unsaved", true);
            return editor(d, model);
        }
        try {
            FormDraft saved = forms.saveDraft(id, form.getVersion(), form.getCode(), form.toJson());
            if (action.equals("publish")) {
                FormDefinition published = forms.publishDraft(id, saved.getVersion());
                redirect.addFlashAttribute("published", true);
                return "redirect:/officer/forms/" + published.getId();
            }
            redirect.addFlashAttribute("saved", true);
            return "redirect:/officer/forms/drafts/" + id;
        } catch (FormDesignRefused e) {
            for (FieldError fe : e.errors()) {
                reject(binding, fe.path(), fe.messageKey(), fe.arguments().toArray());
            }
        } catch (DomainException e) {
            if ("code".equals(e.field())) {
                binding.rejectValue("code", e.messageKey(), e.arguments(), e.messageKey());
            } else {
                binding.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return editor(d, model);
    }

    private static void reject(BindingResult binding, String path, String key, Object[] args) {
        try {
            binding.rejectValue(path, key, args, key);
        } catch (RuntimeException notAProperty) {
            binding.reject(key, args, key);
        }
    }

    static void restructure(EditorForm form, String action) {
        String[] a = action.split(":");
        try {
            List<EditorForm.Section> sections = form.getSections();
            switch (a[0]) {
                case "addSection" -> sections.add(new EditorForm.Section());
                case "removeSection" -> sections.remove(Integer.parseInt(a[1]));
                case "addField" -> sections.get(Integer.parseInt(a[1])).getFields().add(new EditorForm.Field());
                case "removeField" -> sections.get(Integer.parseInt(a[1])).getFields().remove(Integer.parseInt(a[2]));
                case "addSubField" -> sections.get(Integer.parseInt(a[1])).getFields().get(Integer.parseInt(a[2]))
                        .getFields().add(new EditorForm.Field());
                case "removeSubField" -> sections.get(Integer.parseInt(a[1])).getFields().get(Integer.parseInt(a[2]))
                        .getFields().remove(Integer.parseInt(a[3]));
                case "moveSectionUp" -> swap(sections, Integer.parseInt(a[1]), -1);
                case "moveSectionDown" -> swap(sections, Integer.parseInt(a[1]), +1);
                case "moveFieldUp" -> moveField(sections, Integer.parseInt(a[1]), Integer.parseInt(a[2]), -1);
                case "moveFieldDown" -> moveField(sections, Integer.parseInt(a[1]), Integer.parseInt(a[2]), +1);
                case "moveSubFieldUp" -> swap(sections.get(Integer.parseInt(a[1])).getFields().get(Integer.parseInt(a[2])).getFields(),
                        Integer.parseInt(a[3]), -1);
                case "moveSubFieldDown" -> swap(sections.get(Integer.parseInt(a[1])).getFields().get(Integer.parseInt(a[2])).getFields(),
                        Integer.parseInt(a[3]), +1);
                default -> {
                }
            }
        } catch (IndexOutOfBoundsException | NumberFormatException ignored) {
            // a stale button: nothing to change
        }
    }

    /** Swaps item {@code i} with its neighbour before ({@code -1}) or after ({@code +1}); nothing at either end. */
    private static <T> void swap(List<T> items, int i, int direction) {
        int j = i + direction;
        if (i >= 0 && i < items.size() && j >= 0 && j < items.size()) {
            java.util.Collections.swap(items, i, j);
        }
    }

    /**
     * Moves a field one place up or down in its section; the first field of a section moves up to the end of the
     * previous section and the last one down to the start of the next (answers are stored by key, not by section).
     */
    private static void moveField(List<EditorForm.Section> sections, int s, int f, int direction) {
        List<EditorForm.Field> fields = sections.get(s).getFields();
        if (f < 0 || f >= fields.size()) {
            return;
        }
        int target = f + direction;
        if (target >= 0 && target < fields.size()) {
            swap(fields, f, direction);
        } else if (direction < 0 && s > 0) {
            sections.get(s - 1).getFields().add(fields.remove(f));
        } else if (direction > 0 && s + 1 < sections.size()) {
            sections.get(s + 1).getFields().add(0, fields.remove(f));
        }
    }

    @GetMapping("/officer/forms/drafts/{id}/preview")
    String previewDraft(@PathVariable UUID id, @RequestParam(name = "in", defaultValue = "fr") String lang, Model model) {
        FormDraft d = forms.draft(id);
        return preview(d.schema(), lang, model.addAttribute("draft", d));
    }

    @PostMapping("/officer/forms/drafts/{id}/delete")
    String delete(@PathVariable UUID id) {
        forms.deleteDraft(id);
        return "redirect:/officer/forms";
    }

    @GetMapping("/officer/forms/{formId}")
    String version(@PathVariable UUID formId, @RequestParam(name = "in", defaultValue = "fr") String lang, Model model) {
        FormDefinition f = forms.form(formId);
        model.addAttribute("version", f);
        model.addAttribute("calls", forms.pinnableCalls());
        return preview(f.schema(), lang, model);
    }

    private static String preview(FormSchema schema, String lang, Model model) {
        String l = List.of("fr", "nl", "en").contains(lang) ? lang : "fr";
        model.addAttribute("schema", schema);
        model.addAttribute("lang", l);
        model.addAttribute("previewLocale", Locale.forLanguageTag(l));
        return "applications/form-preview";
    }

    @PostMapping("/officer/forms/{formId}/pin")
    String pin(@PathVariable UUID formId, @RequestParam(required = false) UUID callId,
               @RequestParam(defaultValue = "10") String maxAttachmentMb, RedirectAttributes redirect, Locale locale) {
        try {
            if (callId == null) {
                throw DomainException.onField("callId", "applications.design.chooseCall");
            }
            long mb;
            try {
                mb = Long.parseLong(maxAttachmentMb.strip());
            } catch (NumberFormatException e) {
                throw DomainException.onField("maxAttachmentMb", "applications.design.notANumber", maxAttachmentMb);
            }
            forms.pin(callId, formId, mb * 1024 * 1024);
            redirect.addFlashAttribute("pinned", catalogue.call(callId).getTitle().in(locale));
        } catch (DomainException e) {
            redirect.addFlashAttribute("pinError", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        }
        return "redirect:/officer/forms/" + formId;
    }
}
