package org.regia.catalogue.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.regia.catalogue.Call;
import org.regia.catalogue.CallState;
import org.regia.catalogue.CatalogueFilter;
import org.regia.catalogue.CatalogueService;
import org.regia.catalogue.Finder;
import org.regia.catalogue.FinderProfile;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.InnovationPhase;
import org.regia.catalogue.InstrumentKind;
import org.regia.catalogue.Programme;
import org.regia.catalogue.SupportNeed;
import org.regia.catalogue.Track;
import org.regia.organisations.OrganisationType;
import org.regia.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages (no login): the catalogue, programme and call pages, open calls, the finder. */
@Controller
@RequestMapping("/public")
class PublicCatalogueController {

    private final CatalogueService catalogue;

    PublicCatalogueController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @ModelAttribute
    void enums(Model model) {
        model.addAttribute("phases", InnovationPhase.values());
        model.addAttribute("tracks", Track.values());
        model.addAttribute("domains", InnovationDomain.values());
        model.addAttribute("beneficiaryTypes", OrganisationType.values());
        model.addAttribute("kinds", InstrumentKind.values());
        model.addAttribute("profiles", FinderProfile.values());
        model.addAttribute("needs", SupportNeed.values());
    }

    @GetMapping("/catalogue")
    String catalogue(@RequestParam(required = false) String q, @RequestParam(required = false) InnovationPhase phase,
                     @RequestParam(required = false) Track track, @RequestParam(required = false) InnovationDomain domain,
                     @RequestParam(required = false) OrganisationType beneficiary,
                     @RequestParam(required = false) Integer trl, @RequestParam(required = false) InstrumentKind kind,
                     Model model, Locale locale) {
        Integer validTrl = trl != null && trl >= 1 && trl <= 9 ? trl : null;
        CatalogueFilter filter = new CatalogueFilter(q, phase, track, domain, beneficiary, validTrl, kind, false);
        model.addAttribute("filter", filter);
        model.addAttribute("programmes", catalogue.search(filter, locale));
        return "catalogue/public/catalogue";
    }

    @GetMapping("/catalogue/{code}")
    String programme(@PathVariable String code, Model model) {
        Programme p = catalogue.programmeByCode(code);
        model.addAttribute("programme", p);
        model.addAttribute("calls", catalogue.callsOf(p.getId()).stream()
                .filter(c -> c.getState() != CallState.DRAFT && c.getState() != CallState.ARCHIVED).toList());
        return "catalogue/public/programme";
    }

    @GetMapping("/calls")
    String calls(Model model) {
        model.addAttribute("openCalls", catalogue.openCalls());
        model.addAttribute("upcoming", catalogue.publicCalls(List.of(CallState.PUBLISHED)));
        return "catalogue/public/calls";
    }

    @GetMapping("/calls/{id}")
    String call(@PathVariable UUID id, Model model) {
        Call call = catalogue.call(id);
        if (call.getState() == CallState.DRAFT) {
            throw new NotFoundException("call", id);
        }
        model.addAttribute("call", call);
        model.addAttribute("open", call.isOpenAt(catalogue.now()));
        return "catalogue/public/call";
    }

    @GetMapping("/finder")
    String finder(@RequestParam(required = false) FinderProfile profile,
                  @RequestParam(required = false) InnovationPhase phase, @RequestParam(required = false) Integer trl,
                  @RequestParam(required = false) SupportNeed need, @RequestParam(required = false) InnovationDomain domain,
                  @RequestParam(required = false) String go, Model model, Locale locale) {
        Integer validTrl = trl != null && trl >= 1 && trl <= 9 ? trl : null;
        Finder.Answers answers = new Finder.Answers(profile, phase, validTrl, need, domain);
        model.addAttribute("answers", answers);
        if (go != null) {
            List<Finder.Match> matches = catalogue.find(answers, locale);
            model.addAttribute("fitting", matches.stream().filter(Finder.Match::fits).toList());
            model.addAttribute("notFitting", matches.stream().filter(m -> !m.fits()).toList());
        }
        return "catalogue/public/finder";
    }
}
