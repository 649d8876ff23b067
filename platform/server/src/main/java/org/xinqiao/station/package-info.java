/**
 * Service stations' rooms (study, counselling, activity) and opening hours, and the bookable slots generated from
 * them and from providers' weekly availability. A slot is a provider and/or a room, a service type, a start, an end
 * and a capacity; {@link org.xinqiao.station.StationService} hands seats out with a guarded update so a slot is never
 * over-booked. Stations themselves belong to {@code place}.
 */
package org.xinqiao.station;
