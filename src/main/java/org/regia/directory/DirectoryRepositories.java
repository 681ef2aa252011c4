package org.regia.directory;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActorRepository extends JpaRepository<EcosystemActor, UUID> {

    List<EcosystemActor> findByStatusOrderByName(ActorStatus status);

    List<EcosystemActor> findByOrganisationIdInOrderByName(List<UUID> organisationIds);

    List<EcosystemActor> findAllByOrderByName();
}

interface ReferralRepository extends JpaRepository<Referral, UUID> {

    List<Referral> findByOrganisationIdInOrderByCreatedAtDesc(List<UUID> organisationIds);

    List<Referral> findByActorIdInOrderByCreatedAtDesc(List<UUID> actorIds);
}

interface PostedNeedRepository extends JpaRepository<PostedNeed, UUID> {

    List<PostedNeed> findByOpenTrueOrderByPostedAtDesc();
}

interface VoucherRepository extends JpaRepository<Voucher, UUID> {

    List<Voucher> findAllByOrderByRequestedOnDesc();

    List<Voucher> findBySmeOrganisationIdInOrProviderActorIdInOrderByRequestedOnDesc(List<UUID> organisations, List<UUID> actors);

    @Query(value = "select nextval('directory_voucher_number')", nativeQuery = true)
    long nextNumber();
}
