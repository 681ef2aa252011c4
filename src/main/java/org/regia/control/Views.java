package org.regia.control;

import java.util.List;

/** Read models of the control module (trees with computed colours, KPI status). */
public final class Views {

    private Views() {
    }

    /** A KPI with its computed (or overridden) colour, the last observation and the defects of its bands. */
    public record KpiStatus(ControlKpi kpi, ColourRule.Result colour, ControlObservation latest, List<BandIssue> issues) {
        public Colour effective() {
            return colour.colour();
        }
    }

    /** A node of the tree: the objective, its KPIs, its children, and the colour rolled up from them. */
    public record TreeNode(ControlObjective objective, List<KpiStatus> kpis, List<TreeNode> children, Colour colour) {
        public int size() {
            return 1 + children.stream().mapToInt(TreeNode::size).sum();
        }

        public java.util.stream.Stream<TreeNode> flatten() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(this),
                    children.stream().flatMap(TreeNode::flatten));
        }
    }

    /** The tree of one body in one document, with the body's roll-up rule and the colour of the whole body. */
    public record BodyTree(ControlDocument document, ControlBody body, List<ControlPillar> pillars, List<TreeNode> roots,
                           Colour colour) {
        public java.util.stream.Stream<TreeNode> all() {
            return roots.stream().flatMap(TreeNode::flatten);
        }

        public ControlPillar pillar(java.util.UUID id) {
            return id == null ? null : pillars.stream().filter(p -> p.getId().equals(id)).findFirst().orElse(null);
        }
    }

    /** Everything about one KPI: where it sits, its observations (oldest first), its status and year blocks. */
    public record KpiDetail(ControlDocument document, ControlBody body, ControlObjective objective, KpiStatus status,
                            List<ControlObservation> observations) {
    }

    /** The objective page: the node, its year blocks. */
    public record ObjectiveDetail(ControlDocument document, ControlBody body, TreeNode node, List<ControlYearBlock> years,
                                  Roadmap roadmap) {
    }

    /**
     * Resources and roadmap of an objective: budget lines (with, per code, the other objectives it funds as
     * "body number"), participating organisations with roles, activities and milestones.
     */
    public record Roadmap(List<ControlBudgetAllocation> budgetLines, List<ControlRoadmapParticipant> participants,
                          List<ControlRoadmapActivity> activities, List<ControlMilestone> milestones,
                          java.util.Map<String, List<String>> sharedBudgetLines) {
    }

    /** Innovation-plan dashboard cell: the actions of one axis in one domain. */
    public record PlanAction(ControlObjective action, ControlPillar axis, Colour colour) {
    }
}
