package org.regia.impact;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyDefinitionRepository extends JpaRepository<SurveyDefinition, UUID> {
    Optional<SurveyDefinition> findFirstByKindOrderByVersionDesc(SurveyKind kind);

    /** Creates version 1 unless another transaction did (concurrent first surveys wait for it, then do nothing). */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query(nativeQuery = true, value = """
            insert into impact_survey_definition (id, kind, version, questions, created_at)
            values (:id, :kind, 1, :questions, :createdAt) on conflict (kind, version) do nothing""")
    void insertFirstVersion(UUID id, String kind, String questions, java.time.Instant createdAt);
}

interface SurveyRepository extends JpaRepository<Survey, UUID> {
    boolean existsByGrantIdAndWave(UUID grantId, int wave);

    boolean existsByApplicationIdAndKindAndWave(UUID applicationId, SurveyKind kind, int wave);

    List<Survey> findByStateAndOpensOnLessThanEqual(SurveyState state, LocalDate day);

    List<Survey> findByState(SurveyState state);

    List<Survey> findByOrganisationIdInOrderByOpensOnDesc(List<UUID> organisations);

    @Query("select s from Survey s order by s.opensOn desc, s.title")
    List<Survey> all();
}

interface SurveyAnswerRepository extends JpaRepository<SurveyAnswer, UUID> {
    List<SurveyAnswer> findBySurveyIdOrderByVersionDesc(UUID surveyId);

    Optional<SurveyAnswer> findFirstBySurveyIdOrderByVersionDesc(UUID surveyId);

    boolean existsBySurveyId(UUID surveyId);
}
