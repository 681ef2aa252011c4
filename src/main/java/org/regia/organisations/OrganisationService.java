package org.regia.organisations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.regia.identity.CurrentUser;
import org.regia.identity.RegiaAccount;
import org.regia.identity.Role;
import org.regia.shared.DomainException;
import org.regia.shared.EnterpriseNumber;
import org.regia.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations and who acts for them. Staff (officers, committee, control, admin) see every organisation; an
 * applicant sees and edits only the organisations they are affiliated with.
 */
@Service
@Transactional
public class OrganisationService {

    private static final Role[] STAFF = {Role.PROGRAMME_OFFICER, Role.FINANCE_OFFICER, Role.COMMITTEE, Role.CONTROL_OFFICER, Role.ADMIN};

    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final AffiliationRepository affiliations;
    private final AuthenticSource register;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, PersonRepository people, AffiliationRepository affiliations,
                        AuthenticSource register, Clock clock) {
        this.organisations = organisations;
        this.people = people;
        this.affiliations = affiliations;
        this.register = register;
        this.clock = clock;
    }

    /** Pre-fill data from the company register. */
    @Transactional(readOnly = true)
    public Optional<AuthenticSource.CompanyRecord> lookup(String enterpriseNumber) {
        EnterpriseNumber number = parseNumber(enterpriseNumber);
        return register.lookup(number);
    }

    /** Creates an organisation; the creating applicant becomes its contact. */
    public Organisation create(OrganisationDetails details) {
        EnterpriseNumber number = optionalNumber(details.enterpriseNumber());
        if (number != null && organisations.existsByEnterpriseNumber(number.digits())) {
            throw DomainException.onField("enterpriseNumber", "organisation.duplicateNumber", number.formatted());
        }
        Organisation org = new Organisation(details.legalName(), details.shortName(), details.type(), number,
                address(details), details.naceCode(), details.website(), clock.instant());
        organisations.save(org);
        CurrentUser.get().filter(u -> !CurrentUser.hasAnyRole(STAFF))
                .ifPresent(u -> affiliate(u, org, AffiliationRole.CONTACT));
        return org;
    }

    public Organisation update(UUID id, long expectedVersion, OrganisationDetails details) {
        Organisation org = editable(id);
        if (org.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Organisation.class, id);
        }
        EnterpriseNumber number = optionalNumber(details.enterpriseNumber());
        if (number != null) {
            organisations.findByEnterpriseNumber(number.digits()).filter(o -> !o.getId().equals(id)).ifPresent(o -> {
                throw DomainException.onField("enterpriseNumber", "organisation.duplicateNumber", number.formatted());
            });
        }
        org.describe(details.legalName(), details.shortName(), details.type(), number, address(details),
                details.naceCode(), details.website());
        return organisations.saveAndFlush(org);
    }

    public Organisation recordFigures(UUID id, YearFigures figures) {
        Organisation org = editable(id);
        org.recordFigures(figures);
        return org;
    }

    public Affiliation addPerson(UUID organisationId, String fullName, String email, AffiliationRole role) {
        Organisation org = editable(organisationId);
        Person person = people.save(new Person(fullName, email, null, null));
        return affiliations.save(new Affiliation(person, org, role, today()));
    }

    /** Links an existing login to an organisation (demo data, administrators). */
    public Affiliation affiliateUser(UUID userId, String fullName, String email, UUID organisationId, AffiliationRole role) {
        Organisation org = organisations.findById(organisationId).orElseThrow(() -> new NotFoundException("organisation", organisationId));
        Person person = people.findByUserId(userId).orElseGet(() -> people.save(new Person(fullName, email, null, userId)));
        return affiliations.save(new Affiliation(person, org, role, today()));
    }

    @Transactional(readOnly = true)
    public Organisation get(UUID id) {
        Organisation org = organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
        if (!canSee(id)) {
            // do not reveal that the organisation exists
            throw new NotFoundException("organisation", id);
        }
        return org;
    }

    /**
     * The facts about an organisation that Regia publishes with an awarded grant (open data: name, type, enterprise
     * number, location). No access check: use only for recipients of grants, whose names the funder publishes anyway.
     */
    @Transactional(readOnly = true)
    public Optional<PublishedFacts> publishedFacts(UUID id) {
        return organisations.findById(id).map(o -> new PublishedFacts(o.getId(), o.getLegalName(), o.getType(),
                o.getEnterpriseNumber().map(EnterpriseNumber::orgId).orElse(null), o.isInBrusselsRegion(),
                o.getAddress() == null ? null : o.getAddress().getPostcode()));
    }

    /** See {@link #publishedFacts(UUID)}; {@code orgId} is the 360Giving org-id ("BE-BCE_KBO-0123456749") or null. */
    public record PublishedFacts(UUID id, String legalName, OrganisationType type, String orgId, boolean inBrusselsRegion,
                                 String postcode) {
    }

    /**
     * The most recent accounting-year figures at or before {@code year} (staff in FTE, turnover), without access
     * check: used as the "before" values of impact evaluations of applicants.
     */
    @Transactional(readOnly = true)
    public Optional<KeyFigures> keyFigures(UUID id, int year) {
        return organisations.findById(id).flatMap(o -> o.getFigures().stream().filter(f -> f.getYear() <= year)
                .max(java.util.Comparator.comparingInt(YearFigures::getYear))
                .map(f -> new KeyFigures(f.getYear(), f.getStaff(), f.getTurnover())));
    }

    public record KeyFigures(int year, java.math.BigDecimal staff, java.math.BigDecimal turnover) {
    }

    /**
     * E-mail addresses of the people affiliated today with an organisation, without access check: for notifications
     * the platform sends to a beneficiary (survey invitations, reminders).
     */
    @Transactional(readOnly = true)
    public List<String> contactEmails(UUID id) {
        return affiliations.findByOrganisation(id).stream().filter(a -> a.isActiveOn(today()))
                .map(a -> a.getPerson().getEmail()).filter(e -> e != null && !e.isBlank()).distinct().toList();
    }

    @Transactional(readOnly = true)
    public Page<Organisation> search(String query, Pageable pageable) {
        String q = query == null ? "" : query.trim();
        String digits = q.replaceAll("[^0-9]", "");
        boolean onlyMine = !CurrentUser.hasAnyRole(STAFF);
        UUID userId = CurrentUser.get().map(RegiaAccount::userId).orElse(new UUID(0, 0));
        return organisations.search(q, digits.length() >= 3 ? digits : "", onlyMine, userId, today(), pageable);
    }

    @Transactional(readOnly = true)
    public List<Affiliation> affiliations(UUID organisationId) {
        get(organisationId);
        return affiliations.findByOrganisation(organisationId);
    }

    @Transactional(readOnly = true)
    public boolean canSee(UUID organisationId) {
        return CurrentUser.hasAnyRole(STAFF) || isMember(organisationId);
    }

    @Transactional(readOnly = true)
    public boolean canEdit(UUID organisationId) {
        return CurrentUser.hasAnyRole(Role.PROGRAMME_OFFICER, Role.ADMIN) || isMember(organisationId);
    }

    /** The organisations a user acts for today (active affiliations), whatever the user's roles. */
    @Transactional(readOnly = true)
    public List<UUID> memberOf(UUID userId) {
        return userId == null ? List.of() : affiliations.organisationsOf(userId, today());
    }

    @Transactional(readOnly = true)
    public long count() {
        return organisations.count();
    }

    private boolean isMember(UUID organisationId) {
        return CurrentUser.get().map(u -> affiliations.isActiveMember(u.userId(), organisationId, today())).orElse(false);
    }

    private Organisation editable(UUID id) {
        Organisation org = get(id);
        if (!canEdit(id)) {
            throw new AccessDeniedException("not allowed to edit organisation " + id);
        }
        return org;
    }

    private void affiliate(RegiaAccount user, Organisation org, AffiliationRole role) {
        Person person = people.findByUserId(user.userId())
                .orElseGet(() -> people.save(new Person(user.displayName(), user.email(), null, user.userId())));
        affiliations.save(new Affiliation(person, org, role, today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Address address(OrganisationDetails d) {
        return new Address(d.street(), d.postcode(), d.municipality(), d.country());
    }

    private static EnterpriseNumber optionalNumber(String input) {
        return input == null || input.isBlank() ? null : parseNumber(input);
    }

    private static EnterpriseNumber parseNumber(String input) {
        try {
            return EnterpriseNumber.parse(input);
        } catch (DomainException e) {
            throw DomainException.onField("enterpriseNumber", e.messageKey(), e.arguments());
        }
    }
}
