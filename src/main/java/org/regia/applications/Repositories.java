package org.regia.applications;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FormDefinitionRepository extends JpaRepository<FormDefinition, UUID> {

    Optional<FormDefinition> findTopByCodeOrderByVersionDesc(String code);

    List<FormDefinition> findAllByOrderByCodeAscVersionDesc();
}

interface FormDraftRepository extends JpaRepository<FormDraft, UUID> {

    List<FormDraft> findAllByOrderByUpdatedAtDesc();
}

interface CallSettingsRepository extends JpaRepository<CallSettings, UUID> {
}

interface ProgrammeAidRepository extends JpaRepository<ProgrammeAid, UUID> {
}

interface ApplicationRepository extends JpaRepository<Application, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.id = :id")
    Optional<Application> lockById(@Param("id") UUID id);

    @Query("""
            select distinct a from Application a join a.partners p
            where p.organisationId in :orgs or a.createdBy = :user or (p.invitedEmail = :email and p.status = 'INVITED')
            order by a.updatedAt desc""")
    List<Application> visibleTo(@Param("orgs") List<UUID> organisations, @Param("user") UUID user, @Param("email") String email);

    List<Application> findByCallIdOrderByUpdatedAtDesc(UUID callId);

    long countByCallId(UUID callId);

    long countByCallIdAndStatus(UUID callId, Application.Status status);
}

interface PartnerRepository extends JpaRepository<Partner, UUID> {

    Optional<Partner> findByInvitationToken(String token);
}

interface AttachmentRepository extends JpaRepository<Attachment, UUID> {

    /** The application's attachments without their content. */
    @Query("select new org.regia.applications.AttachmentInfo(a.id, a.applicationId, a.fieldKey, a.fileName, a.contentType, "
            + "a.sizeBytes, a.sha256, a.uploadedAt) from Attachment a where a.applicationId = :app order by a.fieldKey, a.uploadedAt")
    List<AttachmentInfo> ofApplication(@Param("app") UUID applicationId);
}

interface SubmissionRepository extends JpaRepository<Submission, UUID> {

    Optional<Submission> findByApplicationId(UUID applicationId);

    Optional<Submission> findByIdempotencyKey(String key);

    @Query(value = "select nextval('app_receipt_seq')", nativeQuery = true)
    long nextReceipt();
}

interface ScreeningRepository extends JpaRepository<ScreeningDecision, UUID> {

    List<ScreeningDecision> findByApplicationIdOrderByDecidedAtDesc(UUID applicationId);
}
