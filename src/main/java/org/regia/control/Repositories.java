package org.regia.control;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<ControlDocument, UUID> {
    Optional<ControlDocument> findByCode(String code);

    List<ControlDocument> findAllByOrderByYearDescCodeAsc();
}

interface PillarRepository extends JpaRepository<ControlPillar, UUID> {
    List<ControlPillar> findByDocumentIdOrderByPosition(UUID documentId);
}

interface BodyRepository extends JpaRepository<ControlBody, UUID> {
    List<ControlBody> findByDocumentIdOrderByPosition(UUID documentId);
}

interface ObjectiveRepository extends JpaRepository<ControlObjective, UUID> {
    List<ControlObjective> findByBodyIdOrderByPosition(UUID bodyId);

    List<ControlObjective> findByBodyIdInOrderByPosition(Collection<UUID> bodyIds);
}

interface KpiRepository extends JpaRepository<ControlKpi, UUID> {
    List<ControlKpi> findByObjectiveIdInOrderByPosition(Collection<UUID> objectiveIds);

    List<ControlKpi> findByDataSourceIsNotNull();
}

interface ObservationRepository extends JpaRepository<ControlObservation, UUID> {
    List<ControlObservation> findByKpiIdOrderByObservedOnAscRecordedAtAsc(UUID kpiId);

    List<ControlObservation> findByKpiIdInOrderByObservedOnAscRecordedAtAsc(Collection<UUID> kpiIds);
}

interface YearBlockRepository extends JpaRepository<ControlYearBlock, UUID> {
    List<ControlYearBlock> findByObjectiveIdOrderByYear(UUID objectiveId);

    Optional<ControlYearBlock> findByObjectiveIdAndYear(UUID objectiveId, int year);
}

interface SourceDefectRepository extends JpaRepository<ControlSourceDefect, UUID> {
    List<ControlSourceDefect> findByDocumentIdOrderByLine(UUID documentId);
}

interface BudgetAllocationRepository extends JpaRepository<ControlBudgetAllocation, UUID> {
    List<ControlBudgetAllocation> findByObjectiveIdOrderByPosition(UUID objectiveId);

    List<ControlBudgetAllocation> findByCodeIn(Collection<String> codes);
}

interface ParticipantRepository extends JpaRepository<ControlRoadmapParticipant, UUID> {
    List<ControlRoadmapParticipant> findByObjectiveIdOrderByPosition(UUID objectiveId);
}

interface ActivityRepository extends JpaRepository<ControlRoadmapActivity, UUID> {
    List<ControlRoadmapActivity> findByObjectiveIdOrderByPosition(UUID objectiveId);
}

interface MilestoneRepository extends JpaRepository<ControlMilestone, UUID> {
    List<ControlMilestone> findByObjectiveIdOrderByPosition(UUID objectiveId);

    List<ControlMilestone> findByObjectiveIdInOrderByDueOn(Collection<UUID> objectiveIds);
}

interface SnapshotRepository extends JpaRepository<ControlSnapshot, UUID> {
    List<ControlSnapshot> findByBodyIdIn(Collection<UUID> bodyIds);

    Optional<ControlSnapshot> findByBodyIdAndYearAndQuarter(UUID bodyId, int year, int quarter);
}

interface SnapshotEntryRepository extends JpaRepository<ControlSnapshotEntry, UUID> {
    List<ControlSnapshotEntry> findBySnapshotIdIn(Collection<UUID> snapshotIds);

    List<ControlSnapshotEntry> findByKpiIdOrderByObservedOn(UUID kpiId);
}
