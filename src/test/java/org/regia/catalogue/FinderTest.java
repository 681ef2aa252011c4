package org.regia.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

/** The finder on the 2023 programme structure (extract 001 §4.2 and 000-002 §B3). */
class FinderTest {

    static final List<Programme> CATALOGUE = Programmes2023.all().stream()
            .map(d -> new Programme(d, Instant.parse("2026-01-01T00:00:00Z"))).toList();

    static List<String> fitting(Finder.Answers answers) {
        return Finder.evaluate(CATALOGUE, answers, Locale.ENGLISH).stream().filter(Finder.Match::fits)
                .map(m -> m.programme().getCode()).toList();
    }

    static Finder.Match verdict(Finder.Answers answers, String code) {
        return Finder.evaluate(CATALOGUE, answers, Locale.ENGLISH).stream()
                .filter(m -> m.programme().getCode().equals(code)).findFirst().orElseThrow();
    }

    static List<String> keys(List<MessageSourceResolvable> reasons) {
        return reasons.stream().map(MessageSourceResolvable::getDefaultMessage).toList();
    }

    @Test
    void theCatalogueHoldsThe2023Programmes() {
        assertThat(CATALOGUE).hasSizeGreaterThanOrEqualTo(20);
        assertThat(CATALOGUE).extracting(Programme::getCode).doesNotHaveDuplicates();
    }

    @Test
    void smeAtTrl3NeedingALabServiceFindsTheInnovationVoucher() {
        Finder.Answers answers = new Finder.Answers(FinderProfile.SME, InnovationPhase.VALIDATION, 3,
                SupportNeed.LAB_SERVICE, InnovationDomain.HEALTH);
        assertThat(fitting(answers)).containsExactly("innovation-voucher");
        Finder.Match voucher = verdict(answers, "innovation-voucher");
        assertThat(keys(voucher.reasonsFor())).contains("catalogue.finder.yes.beneficiary", "catalogue.finder.yes.trl",
                "catalogue.finder.yes.need", "catalogue.finder.yes.domain");
        // R&D projects admit the SME at TRL 3 but do not sell a lab service: the reason says so
        assertThat(keys(verdict(answers, "rd-projects").reasonsAgainst())).containsExactly("catalogue.finder.no.need");
    }

    @Test
    void largeCompanyIsToldTheVoucherIsForSmes() {
        Finder.Answers answers = new Finder.Answers(FinderProfile.LARGE_COMPANY, null, 3, SupportNeed.LAB_SERVICE, null);
        assertThat(fitting(answers)).isEmpty();
        assertThat(keys(verdict(answers, "innovation-voucher").reasonsAgainst())).containsExactly("catalogue.finder.no.size");
    }

    @Test
    void aSchoolFindsTheScienceCheque() {
        assertThat(fitting(new Finder.Answers(FinderProfile.SCHOOL, null, null, null, null))).containsExactly("science-cheque");
        assertThat(fitting(new Finder.Answers(FinderProfile.SCHOOL, null, null, SupportNeed.SCIENCE_AWARENESS, null)))
                .containsExactly("science-cheque");
        assertThat(keys(verdict(new Finder.Answers(FinderProfile.SCHOOL, null, null, null, null), "stem").reasonsAgainst()))
                .containsExactly("catalogue.finder.no.beneficiary");
    }

    @Test
    void aUniversityResearcherWithASpinOffPlanFindsProofOfConceptAndSpinOff() {
        assertThat(fitting(new Finder.Answers(FinderProfile.UNIVERSITY, null, null, SupportNeed.START_COMPANY, null)))
                .containsExactlyInAnyOrder("proof-of-concept", "spin-off");
        // at the validation stage only Proof of Concept fits; Spin-off says it is for the development phase
        Finder.Answers validating = new Finder.Answers(FinderProfile.UNIVERSITY, InnovationPhase.VALIDATION, 3,
                SupportNeed.START_COMPANY, null);
        assertThat(fitting(validating)).containsExactly("proof-of-concept");
        assertThat(keys(verdict(validating, "spin-off").reasonsAgainst()))
                .containsExactly("catalogue.finder.no.phase", "catalogue.finder.no.trl");
    }

    @Test
    void noAnswerMeansEveryActiveProgrammeFitsAndArchivedOnesAreLeftOut() {
        Finder.Answers none = new Finder.Answers(null, null, null, null, null);
        assertThat(fitting(none)).hasSize(CATALOGUE.size());
        Programme archived = new Programme(Programmes2023.all().get(0), Instant.EPOCH);
        archived.archive();
        assertThat(Finder.evaluate(List.of(archived), none, Locale.FRENCH)).isEmpty();
    }
}
