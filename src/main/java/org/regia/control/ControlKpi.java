package org.regia.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.regia.shared.DomainException;

/**
 * A KPI of an objective or action: its typed threshold bands (French text, and the Dutch text when the letter
 * printed it differently), the edge policy chosen by the user, an optional binding to a platform data source, and a
 * manual colour override that is only possible with a reason and is recorded (who, when).
 */
@Entity
@Table(name = "control_kpi")
@Audited
public class ControlKpi {

    @Id
    private UUID id;
    @Column(name = "objective_id", nullable = false)
    private UUID objectiveId;
    @Column(nullable = false)
    private String code;
    @Column(name = "name_fr", nullable = false)
    private String nameFr;
    @Column(name = "name_nl", nullable = false)
    private String nameNl;
    @Enumerated(EnumType.STRING)
    @Column(name = "indicator_type", nullable = false)
    private IndicatorType indicatorType = IndicatorType.KPI;
    @Enumerated(EnumType.STRING)
    @Column(name = "band_kind", nullable = false)
    private BandKind bandKind;
    @Enumerated(EnumType.STRING)
    @Column(name = "edge_policy", nullable = false)
    private EdgePolicy edgePolicy = EdgePolicy.AS_WRITTEN;
    private String bands;
    @Column(name = "bands_nl")
    private String bandsNl;
    private String unit;
    @Column(name = "data_source")
    private String dataSource;
    @NotAudited
    @Column(name = "last_refresh_at")
    private Instant lastRefreshAt;
    @NotAudited
    @Column(name = "last_refresh_error")
    private String lastRefreshError;
    @Enumerated(EnumType.STRING)
    @Column(name = "override_colour")
    private Colour overrideColour;
    @Column(name = "override_reason")
    private String overrideReason;
    @Column(name = "override_by")
    private String overrideBy;
    @Column(name = "override_at")
    private Instant overrideAt;
    @Column(nullable = false)
    private boolean published;
    @Column(nullable = false)
    private int position;
    @Version
    private long version;

    protected ControlKpi() {
    }

    public ControlKpi(UUID objectiveId, String code, String nameFr, String nameNl, IndicatorType type, int position) {
        if (code == null || code.isBlank()) {
            throw DomainException.onField("code", "control.kpi.codeRequired");
        }
        Texts.requireBoth("name", nameFr, nameNl);
        this.id = UUID.randomUUID();
        this.objectiveId = objectiveId;
        this.code = code.trim();
        this.nameFr = nameFr.trim();
        this.nameNl = nameNl.trim();
        this.indicatorType = type == null ? IndicatorType.KPI : type;
        this.bandKind = BandKind.MILESTONE;
        this.position = position;
    }

    /**
     * Sets the bands after parsing them (a text that cannot be read is refused). Returns the validation issues of the
     * French bands and the differences with the Dutch ones; they are saved anyway only when {@code acceptIssues}.
     */
    public List<BandIssue> defineBands(BandKind kind, EdgePolicy policy, String frText, String nlText, boolean acceptIssues) {
        if (kind == null) {
            throw DomainException.onField("bandKind", "control.kpi.kindRequired");
        }
        BandSet fr = BandSet.parse(kind, policy, frText);
        BandSet nl = nlText == null || nlText.isBlank() ? null : BandSet.parse(kind, policy, nlText);
        List<BandIssue> issues = new ArrayList<>(fr.validate());
        issues.addAll(BandSet.compareLanguages(fr, nl));
        if (!issues.isEmpty() && !acceptIssues) {
            return issues;
        }
        this.bandKind = kind;
        this.edgePolicy = policy == null ? EdgePolicy.AS_WRITTEN : policy;
        this.bands = fr.isEmpty() ? null : fr.text();
        this.bandsNl = nl == null ? null : nl.text();
        return issues;
    }

    public BandSet bandSet() {
        return BandSet.parse(bandKind, edgePolicy, bands);
    }

    public BandSet bandSetNl() {
        return bandsNl == null ? null : BandSet.parse(bandKind, edgePolicy, bandsNl);
    }

    public void override(Colour colour, String reason, String by, Instant at) {
        if (colour == null) {
            throw DomainException.onField("colour", "control.override.colourRequired");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "control.override.reasonRequired");
        }
        this.overrideColour = colour;
        this.overrideReason = reason.trim();
        this.overrideBy = by;
        this.overrideAt = at;
    }

    public void clearOverride() {
        this.overrideColour = null;
        this.overrideReason = null;
        this.overrideBy = null;
        this.overrideAt = null;
    }

    public void bindTo(String dataSource, String unit) {
        this.dataSource = Texts.blankToNull(dataSource);
        this.unit = Texts.blankToNull(unit);
    }

    void refreshed(Instant at, String error) {
        this.lastRefreshAt = at;
        this.lastRefreshError = error;
    }

    public void publish(boolean published) {
        this.published = published;
    }

    public UUID getId() {
        return id;
    }

    public UUID getObjectiveId() {
        return objectiveId;
    }

    public String getCode() {
        return code;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String name(Locale locale) {
        return Texts.in(locale, nameFr, nameNl);
    }

    public IndicatorType getIndicatorType() {
        return indicatorType;
    }

    public BandKind getBandKind() {
        return bandKind;
    }

    public EdgePolicy getEdgePolicy() {
        return edgePolicy;
    }

    public String getBands() {
        return bands;
    }

    public String getBandsNl() {
        return bandsNl;
    }

    public String getUnit() {
        return unit;
    }

    public String getDataSource() {
        return dataSource;
    }

    public Instant getLastRefreshAt() {
        return lastRefreshAt;
    }

    public String getLastRefreshError() {
        return lastRefreshError;
    }

    public Colour getOverrideColour() {
        return overrideColour;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getOverrideBy() {
        return overrideBy;
    }

    public Instant getOverrideAt() {
        return overrideAt;
    }

    public boolean isPublished() {
        return published;
    }

    public int getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }
}
