package org.regia.catalogue.web;

import static org.regia.catalogue.web.ProgrammeForm.blankToNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.regia.catalogue.Call;
import org.regia.catalogue.CallDetails;
import org.regia.catalogue.CallMode;
import org.regia.shared.ClockConfiguration;
import org.regia.shared.DomainException;
import org.regia.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/** Officer form of a call. Dates are typed as local date-times in Europe/Brussels. */
public class CallForm {

    static final DateTimeFormatter SESSION = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private UUID programmeId;
    private String titleFr;
    private String titleNl;
    private String titleEn;
    private String themeFr;
    private String themeNl;
    private String themeEn;
    private CallMode mode = CallMode.DEADLINE;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime opensAt;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime closesAt;
    private Integer stages = 1;
    private BigDecimal budget;
    private BigDecimal expectedGrant;
    private String criteriaReference;
    private String infoSessions;
    private long version;

    static CallForm of(Call c) {
        CallForm f = new CallForm();
        f.programmeId = c.getProgramme().getId();
        f.titleFr = c.getTitle().fr();
        f.titleNl = c.getTitle().nl();
        f.titleEn = c.getTitle().en();
        f.themeFr = c.getTheme().fr();
        f.themeNl = c.getTheme().nl();
        f.themeEn = c.getTheme().en();
        f.mode = c.getMode();
        f.opensAt = local(c.getOpensAt());
        f.closesAt = local(c.getClosesAt());
        f.stages = c.getStages();
        f.budget = c.getBudget().amount();
        f.expectedGrant = c.getExpectedGrant() == null ? null : c.getExpectedGrant().amount();
        f.criteriaReference = c.getCriteriaReference();
        f.infoSessions = String.join("\n", c.getInfoSessions().stream().map(i -> SESSION.format(local(i))).toList());
        f.version = c.getVersion();
        return f;
    }

    public CallDetails toDetails() {
        List<Instant> sessions = new ArrayList<>();
        if (infoSessions != null) {
            for (String line : infoSessions.split("\\n")) {
                if (!line.isBlank()) {
                    try {
                        sessions.add(instant(LocalDateTime.parse(line.trim(), SESSION)));
                    } catch (DateTimeParseException e) {
                        throw DomainException.onField("infoSessions", "catalogue.call.infoSessionInvalid", line.trim());
                    }
                }
            }
        }
        return new CallDetails(new LocalizedText(titleFr, titleNl, blankToNull(titleEn)),
                new LocalizedText(blankToNull(themeFr), blankToNull(themeNl), blankToNull(themeEn)), mode,
                instant(opensAt), instant(closesAt), stages == null ? 0 : stages, budget, expectedGrant,
                criteriaReference, sessions);
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.atZone(ClockConfiguration.BRUSSELS).toInstant();
    }

    private static LocalDateTime local(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, ClockConfiguration.BRUSSELS);
    }

    public UUID getProgrammeId() { return programmeId; }
    public void setProgrammeId(UUID programmeId) { this.programmeId = programmeId; }
    public String getTitleFr() { return titleFr; }
    public void setTitleFr(String titleFr) { this.titleFr = titleFr; }
    public String getTitleNl() { return titleNl; }
    public void setTitleNl(String titleNl) { this.titleNl = titleNl; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getThemeFr() { return themeFr; }
    public void setThemeFr(String themeFr) { this.themeFr = themeFr; }
    public String getThemeNl() { return themeNl; }
    public void setThemeNl(String themeNl) { this.themeNl = themeNl; }
    public String getThemeEn() { return themeEn; }
    public void setThemeEn(String themeEn) { this.themeEn = themeEn; }
    public CallMode getMode() { return mode; }
    public void setMode(CallMode mode) { this.mode = mode; }
    public LocalDateTime getOpensAt() { return opensAt; }
    public void setOpensAt(LocalDateTime opensAt) { this.opensAt = opensAt; }
    public LocalDateTime getClosesAt() { return closesAt; }
    public void setClosesAt(LocalDateTime closesAt) { this.closesAt = closesAt; }
    public Integer getStages() { return stages; }
    public void setStages(Integer stages) { this.stages = stages; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal budget) { this.budget = budget; }
    public BigDecimal getExpectedGrant() { return expectedGrant; }
    public void setExpectedGrant(BigDecimal expectedGrant) { this.expectedGrant = expectedGrant; }
    public String getCriteriaReference() { return criteriaReference; }
    public void setCriteriaReference(String criteriaReference) { this.criteriaReference = criteriaReference; }
    public String getInfoSessions() { return infoSessions; }
    public void setInfoSessions(String infoSessions) { this.infoSessions = infoSessions; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
