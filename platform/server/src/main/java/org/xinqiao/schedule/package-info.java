/**
 * The recurring work of RULES §6: the schedule catalog (defaults in {@code config/schedules.yml}), the
 * rules a schedule's cron and time zone must satisfy, and the preview of its next fire times. Other
 * features own their jobs; they only ask this package when their job should run.
 */
package org.xinqiao.schedule;
