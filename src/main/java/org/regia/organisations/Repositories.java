package org.regia.organisations;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

    Optional<Organisation> findByEnterpriseNumber(String digits);

    boolean existsByEnterpriseNumber(String digits);

    @Query("""
            select o from Organisation o
            where (:q = '' or lower(o.legalName) like lower(concat('%', :q, '%'))
                   or lower(coalesce(o.shortName, '')) like lower(concat('%', :q, '%'))
                   or (:digits <> '' and o.enterpriseNumber like concat('%', :digits, '%')))
              and (:onlyMine = false or o.id in (
                   select a.organisation.id from Affiliation a
                   where a.person.userId = :userId and a.from <= :today and (a.until is null or a.until >= :today)))
            """)
    Page<Organisation> search(@Param("q") String q, @Param("digits") String digits, @Param("onlyMine") boolean onlyMine,
                              @Param("userId") UUID userId, @Param("today") LocalDate today, Pageable pageable);
}

interface PersonRepository extends JpaRepository<Person, UUID> {

    Optional<Person> findByUserId(UUID userId);
}

interface AffiliationRepository extends JpaRepository<Affiliation, UUID> {

    @Query("select a from Affiliation a join fetch a.person where a.organisation.id = :orgId order by a.from")
    List<Affiliation> findByOrganisation(@Param("orgId") UUID organisationId);

    @Query("""
            select distinct a.organisation.id from Affiliation a
            where a.person.userId = :userId and a.from <= :today and (a.until is null or a.until >= :today)
            """)
    List<UUID> organisationsOf(@Param("userId") UUID userId, @Param("today") LocalDate today);

    @Query("""
            select count(a) > 0 from Affiliation a
            where a.person.userId = :userId and a.organisation.id = :orgId
              and a.from <= :today and (a.until is null or a.until >= :today)
            """)
    boolean isActiveMember(@Param("userId") UUID userId, @Param("orgId") UUID organisationId, @Param("today") LocalDate today);
}
