package org.xinqiao.event;

/** The kinds of event the jobs create (API.md, {@code GET /api/v1/events?type=}). */
public enum EventType {
    LECTURE,
    JOINT_MEETING,
    TRAINING,
    CAREER_DAY
}
