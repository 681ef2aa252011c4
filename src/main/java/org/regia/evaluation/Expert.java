package org.regia.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;
import org.regia.shared.EnterpriseNumber;

/** A member of the expert pool: internal scientific adviser, external expert or jury member. */
@Entity
@Table(name = "evaluation_expert")
@Audited
public class Expert {

    public enum Kind { INTERNAL_ADVISER, EXTERNAL_EXPERT, JURY_MEMBER }

    public static final Set<String> LANGUAGES = Set.of("fr", "nl", "en");
    public static final int MAX_LOAD = 200;

    @Id
    private UUID id;
    @Column(name = "user_id")
    private UUID userId;
    @Column(nullable = false)
    private String email;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;
    @Convert(converter = Csv.StringSet.class)
    @Column(nullable = false)
    private Set<String> languages = new TreeSet<>();
    @Convert(converter = Csv.StringSet.class)
    @Column(nullable = false)
    private Set<String> keywords = new TreeSet<>();
    @Convert(converter = Csv.StringSet.class)
    @Column(nullable = false)
    private Set<String> domains = new TreeSet<>();
    @Column(name = "organisation_name")
    private String organisationName;
    @Column(name = "organisation_number")
    private String organisationNumber;
    @Convert(converter = Csv.StringSet.class)
    @Column(name = "past_organisation_numbers", nullable = false)
    private Set<String> pastOrganisationNumbers = new TreeSet<>();
    @Convert(converter = Csv.StringSet.class)
    @Column(name = "declared_relation_numbers", nullable = false)
    private Set<String> declaredRelationNumbers = new TreeSet<>();
    @Column(nullable = false)
    private boolean available = true;
    @Column(name = "max_load", nullable = false)
    private int maxLoad;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Expert() {
    }

    public Expert(String email, UUID userId, ExpertDetails details, Instant now) {
        if (email == null || !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw DomainException.onField("email", "evaluation.expert.emailInvalid");
        }
        this.id = UUID.randomUUID();
        this.email = email.trim().toLowerCase(Locale.ROOT);
        this.userId = userId;
        describe(details, now);
    }

    /**
     * Replaces the profile; every rule is checked before anything changes. One broken rule comes back as its own
     * field error; several as {@link ExpertRefused} with one error per field.
     */
    public void describe(ExpertDetails d, Instant now) {
        List<DomainException> errors = new java.util.ArrayList<>();
        if (d.name() == null || d.name().isBlank()) {
            errors.add(DomainException.onField("name", "evaluation.expert.nameRequired"));
        } else if (d.name().trim().length() > 200) {
            errors.add(DomainException.onField("name", "evaluation.expert.tooLong", 200));
        }
        if (d.kind() == null) {
            errors.add(DomainException.onField("kind", "evaluation.expert.kindRequired"));
        }
        if (d.gender() == null) {
            errors.add(DomainException.onField("gender", "evaluation.expert.genderRequired"));
        }
        if (d.languages() == null || d.languages().isEmpty() || !LANGUAGES.containsAll(d.languages())) {
            errors.add(DomainException.onField("languages", "evaluation.expert.languagesRequired"));
        }
        if (d.maxLoad() == null || d.maxLoad() < 0 || d.maxLoad() > MAX_LOAD) {
            errors.add(DomainException.onField("maxLoad", "evaluation.expert.maxLoad", MAX_LOAD));
        }
        if (d.organisationName() != null && d.organisationName().trim().length() > 250) {
            errors.add(DomainException.onField("organisationName", "evaluation.expert.tooLong", 250));
        }
        if (d.domains() != null && !d.domains().stream().allMatch(Expert::knownDomain)) {
            errors.add(DomainException.onField("domains", "evaluation.expert.domainUnknown"));
        }
        if (d.keywords() != null && d.keywords().length() > 2000) {
            errors.add(DomainException.onField("keywords", "evaluation.expert.tooLong", 2000));
        }
        String current = null;
        Set<String> past = Set.of();
        Set<String> relations = Set.of();
        try {
            current = number("organisationNumber", d.organisationNumber());
        } catch (DomainException e) {
            errors.add(e);
        }
        try {
            past = numbers("pastOrganisationNumbers", d.pastOrganisationNumbers());
        } catch (DomainException e) {
            errors.add(e);
        }
        try {
            relations = numbers("declaredRelationNumbers", d.declaredRelationNumbers());
        } catch (DomainException e) {
            errors.add(e);
        }
        if (errors.size() == 1) {
            throw errors.get(0);
        }
        if (!errors.isEmpty()) {
            throw new ExpertRefused(errors);
        }
        this.name = d.name().trim();
        this.kind = d.kind();
        this.gender = d.gender();
        this.languages = new TreeSet<>(d.languages());
        this.keywords = Csv.words(d.keywords());
        this.domains = d.domains() == null ? new TreeSet<>() : new TreeSet<>(d.domains());
        this.organisationName = d.organisationName() == null || d.organisationName().isBlank() ? null : d.organisationName().trim();
        this.organisationNumber = current;
        this.pastOrganisationNumbers = past;
        this.declaredRelationNumbers = relations;
        this.available = d.available();
        this.maxLoad = d.maxLoad();
        this.updatedAt = now;
    }

    private static boolean knownDomain(String code) {
        return java.util.Arrays.stream(org.regia.catalogue.InnovationDomain.values()).anyMatch(x -> x.name().equals(code));
    }

    void linkTo(UUID userId) {
        this.userId = userId;
    }

    private static String number(String field, String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        if (!EnterpriseNumber.isValid(input.trim())) {
            throw DomainException.onField(field, "evaluation.expert.enterpriseNumber", input.trim());
        }
        return EnterpriseNumber.parse(input.trim()).digits();
    }

    private static Set<String> numbers(String field, String input) {
        Set<String> out = new TreeSet<>();
        if (input != null) {
            for (String s : input.split("[,;\\n]")) {
                if (!s.isBlank()) {
                    out.add(number(field, s));
                }
            }
        }
        return out;
    }

    /** What the assignment and the conflict rules need. */
    public ExpertProfile profile() {
        return new ExpertProfile(id, name, gender, languages, keywords, domains,
                organisationNumber == null ? null : Csv.organisationKey(organisationNumber),
                pastOrganisationNumbers.stream().map(Csv::organisationKey).collect(Collectors.toSet()),
                List.of(), declaredRelationNumbers.stream().map(Csv::organisationKey).collect(Collectors.toSet()),
                maxLoad, available);
    }

    public ExpertDetails details() {
        return new ExpertDetails(name, kind, gender, languages, String.join(", ", keywords), domains, organisationName,
                organisationNumber == null ? null : EnterpriseNumber.parse(organisationNumber).formatted(),
                pastOrganisationNumbers.stream().map(n -> EnterpriseNumber.parse(n).formatted()).collect(Collectors.joining(", ")),
                declaredRelationNumbers.stream().map(n -> EnterpriseNumber.parse(n).formatted()).collect(Collectors.joining(", ")),
                available, maxLoad);
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public Gender getGender() {
        return gender;
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public Set<String> getKeywords() {
        return keywords;
    }

    public Set<String> getDomains() {
        return domains;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public boolean isAvailable() {
        return available;
    }

    public int getMaxLoad() {
        return maxLoad;
    }

    public long getVersion() {
        return version;
    }
}
