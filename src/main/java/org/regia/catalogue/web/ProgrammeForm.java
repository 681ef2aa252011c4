package org.regia.catalogue.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.regia.catalogue.FundingRules;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.InnovationPhase;
import org.regia.catalogue.InstrumentKind;
import org.regia.catalogue.Programme;
import org.regia.catalogue.ProgrammeDetails;
import org.regia.catalogue.SupportNeed;
import org.regia.catalogue.Track;
import org.regia.catalogue.TrlRange;
import org.regia.organisations.OrganisationType;
import org.regia.organisations.SizeClass;
import org.regia.shared.LocalizedText;
import org.regia.shared.Money;

/** Officer form of a programme; the rules are checked by the domain (field errors come back from it). */
public class ProgrammeForm {

    private String code;
    private String nameFr;
    private String nameNl;
    private String nameEn;
    private String descriptionFr;
    private String descriptionNl;
    private String descriptionEn;
    private InstrumentKind kind;
    private Set<InnovationPhase> phases = EnumSet.noneOf(InnovationPhase.class);
    private Set<Track> tracks = EnumSet.noneOf(Track.class);
    private Integer trlMin;
    private Integer trlMax;
    private Set<OrganisationType> beneficiaryTypes = EnumSet.noneOf(OrganisationType.class);
    private Set<SizeClass> sizeClasses = EnumSet.noneOf(SizeClass.class);
    private Set<InnovationDomain> domains = EnumSet.noneOf(InnovationDomain.class);
    private Set<SupportNeed> needs = EnumSet.noneOf(SupportNeed.class);
    private String legalBasis;
    private String budgetLines;
    private BigDecimal maxAmount;
    private BigDecimal rate;
    private BigDecimal fixedAmount;
    private long version;

    static ProgrammeForm of(Programme p) {
        ProgrammeForm f = new ProgrammeForm();
        f.code = p.getCode();
        f.nameFr = p.getName().fr();
        f.nameNl = p.getName().nl();
        f.nameEn = p.getName().en();
        f.descriptionFr = p.getDescription().fr();
        f.descriptionNl = p.getDescription().nl();
        f.descriptionEn = p.getDescription().en();
        f.kind = p.getKind();
        f.phases = new LinkedHashSet<>(p.getPhases());
        f.tracks = new LinkedHashSet<>(p.getTracks());
        f.trlMin = p.getTrl().min();
        f.trlMax = p.getTrl().max();
        f.beneficiaryTypes = new LinkedHashSet<>(p.getBeneficiaryTypes());
        f.sizeClasses = new LinkedHashSet<>(p.getSizeClasses());
        f.domains = new LinkedHashSet<>(p.getDomains());
        f.needs = new LinkedHashSet<>(p.getNeeds());
        f.legalBasis = p.getLegalBasis();
        f.budgetLines = String.join("\n", p.getBudgetLines());
        FundingRules r = p.getFunding();
        f.maxAmount = r.maxAmount() == null ? null : r.maxAmount().amount();
        f.rate = r.rate();
        f.fixedAmount = r.fixedAmount() == null ? null : r.fixedAmount().amount();
        f.version = p.getVersion();
        return f;
    }

    /** Builds the domain input; throws DomainException (with the field) on a broken rule. */
    public ProgrammeDetails toDetails() {
        TrlRange trl = TrlRange.of(trlMin, trlMax);
        FundingRules funding = new FundingRules(maxAmount == null ? null : Money.eur(maxAmount), rate,
                fixedAmount == null ? null : Money.eur(fixedAmount));
        Set<String> lines = budgetLines == null ? Set.of() : Arrays.stream(budgetLines.split("[,;\\n]"))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        return new ProgrammeDetails(code, new LocalizedText(nameFr, nameNl, blankToNull(nameEn)),
                new LocalizedText(descriptionFr, descriptionNl, blankToNull(descriptionEn)), kind, phases, tracks, trl,
                beneficiaryTypes, sizeClasses, domains, needs, legalBasis, lines, funding);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameFr() { return nameFr; }
    public void setNameFr(String nameFr) { this.nameFr = nameFr; }
    public String getNameNl() { return nameNl; }
    public void setNameNl(String nameNl) { this.nameNl = nameNl; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getDescriptionFr() { return descriptionFr; }
    public void setDescriptionFr(String descriptionFr) { this.descriptionFr = descriptionFr; }
    public String getDescriptionNl() { return descriptionNl; }
    public void setDescriptionNl(String descriptionNl) { this.descriptionNl = descriptionNl; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public InstrumentKind getKind() { return kind; }
    public void setKind(InstrumentKind kind) { this.kind = kind; }
    public Set<InnovationPhase> getPhases() { return phases; }
    public void setPhases(Set<InnovationPhase> phases) { this.phases = phases; }
    public Set<Track> getTracks() { return tracks; }
    public void setTracks(Set<Track> tracks) { this.tracks = tracks; }
    public Integer getTrlMin() { return trlMin; }
    public void setTrlMin(Integer trlMin) { this.trlMin = trlMin; }
    public Integer getTrlMax() { return trlMax; }
    public void setTrlMax(Integer trlMax) { this.trlMax = trlMax; }
    public Set<OrganisationType> getBeneficiaryTypes() { return beneficiaryTypes; }
    public void setBeneficiaryTypes(Set<OrganisationType> beneficiaryTypes) { this.beneficiaryTypes = beneficiaryTypes; }
    public Set<SizeClass> getSizeClasses() { return sizeClasses; }
    public void setSizeClasses(Set<SizeClass> sizeClasses) { this.sizeClasses = sizeClasses; }
    public Set<InnovationDomain> getDomains() { return domains; }
    public void setDomains(Set<InnovationDomain> domains) { this.domains = domains; }
    public Set<SupportNeed> getNeeds() { return needs; }
    public void setNeeds(Set<SupportNeed> needs) { this.needs = needs; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getBudgetLines() { return budgetLines; }
    public void setBudgetLines(String budgetLines) { this.budgetLines = budgetLines; }
    public BigDecimal getMaxAmount() { return maxAmount; }
    public void setMaxAmount(BigDecimal maxAmount) { this.maxAmount = maxAmount; }
    public BigDecimal getRate() { return rate; }
    public void setRate(BigDecimal rate) { this.rate = rate; }
    public BigDecimal getFixedAmount() { return fixedAmount; }
    public void setFixedAmount(BigDecimal fixedAmount) { this.fixedAmount = fixedAmount; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
