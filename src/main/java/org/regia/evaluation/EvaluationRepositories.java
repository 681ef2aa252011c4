package org.regia.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertRepository extends JpaRepository<Expert, UUID> {

    Optional<Expert> findByUserId(UUID userId);

    Optional<Expert> findByEmail(String email);

    List<Expert> findAllByOrderByName();
}

interface CriteriaSetRepository extends JpaRepository<StoredCriteriaSet, UUID> {

    Optional<StoredCriteriaSet> findTopByReferenceOrderByVersionDesc(String reference);

    List<StoredCriteriaSet> findAllByOrderByReferenceAscVersionDesc();
}

interface CallEvaluationRepository extends JpaRepository<CallEvaluation, UUID> {
}

interface EvaluatedApplicationRepository extends JpaRepository<EvaluatedApplication, UUID> {

    List<EvaluatedApplication> findByCallIdOrderByReceiptNumber(UUID callId);
}

interface AssignmentRepository extends JpaRepository<ReviewAssignment, UUID> {

    List<ReviewAssignment> findByApplicationIdIn(Collection<UUID> applications);

    List<ReviewAssignment> findByExpertId(UUID expertId);

    Optional<ReviewAssignment> findByApplicationIdAndExpertId(UUID application, UUID expert);
}

interface DeclarationRepository extends JpaRepository<Declaration, UUID> {

    Optional<Declaration> findByApplicationIdAndExpertId(UUID application, UUID expert);

    List<Declaration> findByApplicationIdIn(Collection<UUID> applications);

    List<Declaration> findByExpertId(UUID expert);
}

interface ScoreSheetRepository extends JpaRepository<ScoreSheet, UUID> {

    Optional<ScoreSheet> findByApplicationIdAndExpertId(UUID application, UUID expert);

    List<ScoreSheet> findByApplicationIdIn(Collection<UUID> applications);

    List<ScoreSheet> findByExpertId(UUID expert);
}

interface ConsensusRepository extends JpaRepository<ConsensusScore, UUID> {

    List<ConsensusScore> findByApplicationIdIn(Collection<UUID> applications);

    Optional<ConsensusScore> findByApplicationIdAndCriterionCode(UUID application, String code);
}

interface DecisionRepository extends JpaRepository<Decision, UUID> {

    Optional<Decision> findByApplicationId(UUID application);

    List<Decision> findByCallId(UUID callId);
}
