package org.regia.directory.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.regia.catalogue.FinderProfile;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.InnovationPhase;
import org.regia.catalogue.SupportNeed;
import org.regia.directory.ActorType;
import org.regia.directory.DirectoryService;
import org.regia.directory.Referral;
import org.regia.identity.CurrentUser;
import org.regia.identity.RegiaAccount;
import org.regia.organisations.Organisation;
import org.regia.organisations.OrganisationService;
import org.regia.shared.DomainException;
import org.regia.shared.LocalizedText;
import org.regia.shared.Money;
import org.regia.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
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

@Controller
class DirectoryController {

    private final DirectoryService directory;
    private final OrganisationService organisations;

    DirectoryController(DirectoryService directory, OrganisationService organisations) {
        this.directory = directory;
        this.organisations = organisations;
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("actorTypes", ActorType.values());
        model.addAttribute("phases", InnovationPhase.values());
        model.addAttribute("domains", InnovationDomain.values());
        model.addAttribute("profiles", FinderProfile.values());
        model.addAttribute("needs", SupportNeed.values());
    }

    // ---- public directory ----

    @GetMapping("/public/directory")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) ActorType type,
                  @RequestParam(required = false) InnovationPhase phase, @RequestParam(required = false) InnovationDomain domain,
                  @RequestParam(required = false) FinderProfile target, @RequestParam(required = false) SupportNeed need, Model model) {
        model.addAttribute("results", directory.search(q, type, phase, domain, target, need));
        return "directory/search";
    }

    @GetMapping("/public/directory/{id}")
    String actor(@PathVariable UUID id, Model model, Locale locale) {
        model.addAttribute("actor", directory.publicActor(id));
        model.addAttribute("instruments", directory.instrumentNames(directory.publicActor(id), locale));
        return "directory/actor";
    }

    // ---- needs intake and referral ----

    @GetMapping("/directory/need")
    String needForm(Model model) {
        model.addAttribute("form", new NeedForm());
        model.addAttribute("myOrganisations", myOrganisations());
        return "directory/need";
    }

    @PostMapping("/directory/need")
    String propose(@ModelAttribute("form") NeedForm form, BindingResult result, Model model, Locale locale) {
        model.addAttribute("myOrganisations", myOrganisations());
        try {
            model.addAttribute("proposals", directory.propose(form.toNeed(), locale));
            return "directory/proposals";
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return "directory/need";
        }
    }

    @PostMapping("/directory/refer")
    String refer(@ModelAttribute("form") NeedForm form, BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            List<Referral> sent = directory.refer(form.getOrganisationId(), form.toNeed(), form.getActors(), form.getOnBehalfOf());
            redirect.addFlashAttribute("sent", sent.size());
            return "redirect:/directory/referrals";
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            model.addAttribute("myOrganisations", myOrganisations());
            model.addAttribute("proposals", directory.propose(form.toNeed(), locale));
            return "directory/proposals";
        }
    }

    @GetMapping("/directory/referrals")
    String referrals(Model model) {
        model.addAttribute("sentReferrals", directory.referralsSent());
        model.addAttribute("received", directory.referralsReceived());
        model.addAttribute("actorNames", directory.manageable().stream().collect(java.util.stream.Collectors.toMap(a -> a.getId(), a -> a.getName())));
        model.addAttribute("allActors", directory.published().stream().collect(java.util.stream.Collectors.toMap(a -> a.getId(), a -> a.getName())));
        return "directory/referrals";
    }

    @PostMapping("/directory/referrals/{id}")
    String move(@PathVariable UUID id, @RequestParam Referral.State target, @RequestParam(required = false) String comment,
                RedirectAttributes redirect) {
        try {
            directory.move(id, target, comment);
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/directory/referrals";
    }

    // ---- needs board ----

    @GetMapping("/directory/board")
    String board(Model model) {
        model.addAttribute("board", directory.openNeeds());
        model.addAttribute("form", new NeedForm());
        model.addAttribute("myOrganisations", myOrganisations());
        model.addAttribute("myActors", directory.manageable().stream().filter(a -> directory.canEdit(a) && a.isPublished()).toList());
        return "directory/board";
    }

    @PostMapping("/directory/board")
    String post(@ModelAttribute("form") NeedForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            directory.post(form.getOrganisationId(), form.getSector(), form.toNeed());
            return "redirect:/directory/board";
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            model.addAttribute("board", directory.openNeeds());
            model.addAttribute("myOrganisations", myOrganisations());
            model.addAttribute("myActors", List.of());
            return "directory/board";
        }
    }

    @PostMapping("/directory/board/{id}/answer")
    String answer(@PathVariable UUID id, @RequestParam UUID actorId, @RequestParam String message, RedirectAttributes redirect) {
        try {
            directory.answer(id, actorId, message);
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/directory/board";
    }

    // ---- overlap view ----

    @GetMapping("/directory/overlap")
    @PreAuthorize("hasAnyRole('COMMITTEE','CONTROL_OFFICER','PROGRAMME_OFFICER','ADMIN')")
    String overlap(@RequestParam(required = false) FinderProfile target, Model model) {
        model.addAttribute("grid", directory.overlap(target));
        model.addAttribute("target", target);
        return "directory/overlap";
    }

    // ---- managing entries ----

    @GetMapping("/directory/manage")
    String manage(Model model) {
        model.addAttribute("actors", directory.manageable());
        model.addAttribute("myOrganisations", myOrganisations());
        return "directory/manage";
    }

    @PostMapping("/directory/manage")
    String register(@RequestParam UUID organisationId, @RequestParam String name, @RequestParam(required = false) ActorType type,
                    @RequestParam String contactEmail, @RequestParam(required = false) String profileFr,
                    @RequestParam(required = false) String profileNl, Model model) {
        try {
            var actor = directory.register(organisationId, name, type, LocalizedText.of(profileFr, profileNl), null, contactEmail, null);
            return "redirect:/directory/manage/" + actor.getId();
        } catch (DomainException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            return manage(model);
        }
    }

    @GetMapping("/directory/manage/{id}")
    String edit(@PathVariable UUID id, Model model, Locale locale) {
        var actor = directory.actor(id);
        if (!directory.canEdit(actor) && !CurrentUser.hasAnyRole(org.regia.identity.Role.PROGRAMME_OFFICER)) {
            throw new org.springframework.security.access.AccessDeniedException("not yours");
        }
        model.addAttribute("actor", actor);
        model.addAttribute("canEdit", directory.canEdit(actor));
        model.addAttribute("programmes", directory.programmes(locale));
        return "directory/edit";
    }

    @PostMapping("/directory/manage/{id}/offerings")
    String addOffering(@PathVariable UUID id, @RequestParam String nameFr, @RequestParam String nameNl,
                       @RequestParam(required = false) List<FinderProfile> targets, @RequestParam(required = false) List<InnovationPhase> phasesChosen,
                       @RequestParam(required = false) List<InnovationDomain> domainsChosen, @RequestParam(required = false) List<SupportNeed> needsChosen,
                       @RequestParam(required = false) BigDecimal price, RedirectAttributes redirect) {
        try {
            directory.addOffering(id, LocalizedText.of(nameFr, nameNl), null, set(targets), set(phasesChosen), set(domainsChosen),
                    set(needsChosen), price);
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/directory/manage/" + id;
    }

    @PostMapping("/directory/manage/{id}/instruments")
    String instruments(@PathVariable UUID id, @RequestParam(required = false) List<String> codes, RedirectAttributes redirect) {
        try {
            directory.giveAccessTo(id, codes);
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/directory/manage/" + id;
    }

    @PostMapping("/directory/manage/{id}/validate")
    String validate(@PathVariable UUID id) {
        directory.validate(id);
        return "redirect:/directory/manage/" + id;
    }

    @PostMapping("/directory/manage/{id}/recognise")
    String recognise(@PathVariable UUID id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until, RedirectAttributes redirect) {
        try {
            directory.recognise(id, from, until);
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/directory/manage/" + id;
    }

    // ---- vouchers ----

    @GetMapping("/vouchers")
    String vouchers(Model model) {
        model.addAttribute("vouchers", directory.visibleVouchers());
        if (CurrentUser.hasAnyRole(org.regia.identity.Role.PROGRAMME_OFFICER, org.regia.identity.Role.FINANCE_OFFICER,
                org.regia.identity.Role.COMMITTEE, org.regia.identity.Role.ADMIN)) {
            model.addAttribute("figures", directory.voucherFigures());
        }
        model.addAttribute("providers", directory.recognisedProviders(LocalDate.now(directory.clock())));
        model.addAttribute("myOrganisations", myOrganisations());
        model.addAttribute("actorNames", directory.published().stream().collect(java.util.stream.Collectors.toMap(a -> a.getId(), a -> a.getName())));
        model.addAttribute("myActorIds", directory.manageable().stream().filter(directory::canEdit).map(a -> a.getId()).toList());
        return "directory/vouchers";
    }

    @PostMapping("/vouchers")
    String requestVoucher(@RequestParam UUID organisationId, @RequestParam UUID providerId, @RequestParam String service,
                          @RequestParam String amount, RedirectAttributes redirect) {
        try {
            directory.requestVoucher(organisationId, providerId, service, Money.eur(parseAmount(amount)));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/vouchers";
    }

    @PostMapping("/vouchers/{id}/{step}")
    String voucherStep(@PathVariable UUID id, @PathVariable String step, @RequestParam(required = false) String reason,
                       @RequestParam(required = false) String invoiceNumber, @RequestParam(required = false) String invoicedAmount,
                       RedirectAttributes redirect) {
        try {
            switch (step) {
                case "approve" -> directory.approveVoucher(id);
                case "refuse" -> directory.refuseVoucher(id, reason);
                case "deliver" -> directory.deliverVoucher(id);
                case "invoice" -> directory.invoiceVoucher(id, invoiceNumber, Money.eur(parseAmount(invoicedAmount)));
                case "pay" -> directory.payVoucher(id);
                default -> throw new org.regia.shared.NotFoundException("step", step);
            }
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/vouchers";
    }

    private static BigDecimal parseAmount(String amount) {
        try {
            return new BigDecimal(amount == null ? "" : amount.trim().replace(" ", ""));
        } catch (NumberFormatException e) {
            throw DomainException.onField("amount", "directory.voucher.amountFormat", amount);
        }
    }

    private static <E extends Enum<E>> java.util.Set<E> set(List<E> list) {
        return list == null ? java.util.Set.of() : java.util.Set.copyOf(list);
    }

    private List<Organisation> myOrganisations() {
        UUID user = CurrentUser.get().map(RegiaAccount::userId).orElse(null);
        List<UUID> ids = organisations.memberOf(user);
        return ids.stream().map(organisations::get).toList();
    }
}
