package org.xinqiao.need;

/** Whether a census round still takes records: open, closed by staff, or locked because its time ran out. */
public enum RoundState {
    OPEN, CLOSED, LOCKED
}
