/**
 * Appointments (服务预约), the middle of the closed service loop (RULES.md §3): booking a slot for a child, optionally
 * for one of the child's needs; cancelling before the cancellation window; check-in, completion and feedback; and
 * the reminders of tomorrow's appointments. The needs and points features are reached through {@link
 * org.xinqiao.appointment.LoopSteps}. No double booking is enforced in the database: a guarded seat update and
 * row locks per child, provider and room (see {@code BookingTransaction}).
 */
package org.xinqiao.appointment;
