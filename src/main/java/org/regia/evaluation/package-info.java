/**
 * Evaluation: experts, conflicts of interest, the optimal assignment of experts to applications (OR-Tools min-cost
 * flow), scoring, ranking and decisions. So far: the conflict-of-interest policy and the assignment engine.
 */
package org.regia.evaluation;
