/**
 * Events the recurring jobs create: the schools' public lectures (from the term plan the schools keep here),
 * the monthly four-party joint meeting, trainings and career days. {@link org.xinqiao.event.EventService}
 * is the public face; each event exists once per period, however often its job runs.
 */
package org.xinqiao.event;
