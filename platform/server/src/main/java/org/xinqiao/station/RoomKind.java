package org.xinqiao.station;

public enum RoomKind {
    STUDY_ROOM, COUNSELLING_ROOM, ACTIVITY_ROOM
}
