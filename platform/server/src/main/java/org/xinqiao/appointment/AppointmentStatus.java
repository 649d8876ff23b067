package org.xinqiao.appointment;

public enum AppointmentStatus {
    BOOKED, CANCELLED, CHECKED_IN, COMPLETED
}
