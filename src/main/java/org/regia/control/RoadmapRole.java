package org.regia.control;

/** Role of an organisation in the roadmap of an objective or action (at most one lead). */
public enum RoadmapRole {
    LEAD, PARTNER, CONTRIBUTOR, FUNDER
}
