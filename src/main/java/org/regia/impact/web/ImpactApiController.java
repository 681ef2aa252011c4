package org.regia.impact.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.regia.impact.AdditionalityService;
import org.regia.impact.Estimate;
import org.regia.impact.ImpactIndicators;
import org.regia.impact.ImpactIndicators.Dimension;
import org.regia.impact.Survey;
import org.regia.impact.SurveyAnswer;
import org.regia.impact.SurveyService;
import org.regia.shared.web.ApiController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** JSON API of impact: the beneficiaries' surveys and answers, outcome indicators and additionality estimates. */
@ApiController("/api/impact")
@Tag(name = "Impact", description = "Ex-post surveys, outcome indicators, additionality estimates")
class ImpactApiController {

    private final SurveyService surveys;
    private final ImpactIndicators indicators;
    private final AdditionalityService additionality;

    ImpactApiController(SurveyService surveys, ImpactIndicators indicators, AdditionalityService additionality) {
        this.surveys = surveys;
        this.indicators = indicators;
        this.additionality = additionality;
    }

    record SurveyView(UUID id, String kind, String title, String reference, int wave, LocalDate opensOn,
                      LocalDate closesOn, String state, List<String> questions, Integer answerVersion) {
        static SurveyView of(Survey s, Integer version) {
            return new SurveyView(s.getId(), s.getKind().name(), s.getTitle(), s.getReference(), s.getWave(),
                    s.getOpensOn(), s.getClosesOn(), s.getState().name(),
                    s.getDefinition().questions().stream().map(q -> q.field()).toList(), version);
        }
    }

    record IndicatorView(String key, long sent, long answered, Double responseRate, BigDecimal fteCreated,
                         BigDecimal jobsPerMillion, BigDecimal fteKept, BigDecimal privateFunding,
                         BigDecimal publicFunding, long patents, long publications, long spinOffs) {
    }

    @GetMapping("/my-surveys")
    @Operation(summary = "The surveys addressed to the signed-in user's organisations")
    List<SurveyView> mySurveys() {
        return surveys.mySurveys().stream().map(s -> SurveyView.of(s,
                surveys.current(s.getId()).map(SurveyAnswer::getVersion).orElse(null))).toList();
    }

    @PostMapping("/surveys/{id}/answers")
    @Operation(summary = "Answer (or correct) a survey: a new version; every invalid answer is reported at once",
            description = "Body: the answers keyed by question field (staffFte, fteCreated, ...) as strings, plus "
                    + "basedOnVersion (0 for a first answer) and turnoverConfirmed when the turnover unit check doubts.")
    Map<String, Object> answer(@PathVariable UUID id, @RequestBody Map<String, String> body) {
        int basedOn = Integer.parseInt(body.getOrDefault("basedOnVersion", "0"));
        SurveyAnswer a = surveys.answer(id, basedOn, body, "true".equals(body.get("turnoverConfirmed")));
        return Map.of("survey", id, "version", a.getVersion(), "answeredAt", a.getAnsweredAt().toString());
    }

    @GetMapping("/indicators")
    @PreAuthorize(ImpactController.STAFF)
    @Operation(summary = "Outcome indicators of one wave, by programme, domain, beneficiary type, year or in total, "
            + "with response rates")
    List<IndicatorView> indicators(@RequestParam(defaultValue = "PROGRAMME") Dimension by,
                                   @RequestParam(defaultValue = "1") int wave) {
        return indicators.rollUp(by, wave).stream().map(r -> new IndicatorView(r.key(), r.sent(), r.answered(),
                r.responseRate(), r.fteCreated(), r.jobsPerMillion(), r.fteKept(), r.privateFunding(),
                r.publicFunding(), r.patents(), r.publications(), r.spinOffs())).toList();
    }

    record AdditionalityView(Object stated, Estimate differenceInDifferences, Estimate discontinuity, double bandwidth) {
    }

    @GetMapping("/additionality")
    @PreAuthorize(ImpactController.STAFF)
    @Operation(summary = "Stated additionality, difference-in-differences and regression discontinuity for a programme "
            + "(or the portfolio); refused estimates carry the reason and the sample sizes")
    AdditionalityView additionality(@RequestParam(required = false) UUID programme,
                                    @RequestParam(defaultValue = "1") int wave,
                                    @RequestParam(defaultValue = "10") double bandwidth) {
        AdditionalityService.Report r = additionality.report(programme, wave, bandwidth);
        return new AdditionalityView(r.stated(), r.differenceInDifferences(), r.discontinuity(), r.bandwidth());
    }
}
