-- Providers: volunteers, practitioners, returning talent and professionals who deliver services (RULES.md §3).
-- One application per account; staff approve or reject it, which verifies the qualifications it lists.
CREATE TABLE provider (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT       NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    motivation   VARCHAR(500) NULL,
    status       VARCHAR(16)  NOT NULL,
    decided_by   BIGINT       NULL,
    decided_at   DATETIME(6)  NULL,
    decision_note VARCHAR(500) NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_provider_account UNIQUE (account_id),
    CONSTRAINT fk_provider_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_provider_status ON provider (status);

-- A qualification counts up to and including expires_on (NULL: it does not expire).
CREATE TABLE provider_qualification (
    provider_id   BIGINT      NOT NULL,
    qualification VARCHAR(32) NOT NULL,
    expires_on    DATE        NULL,
    PRIMARY KEY (provider_id, qualification),
    CONSTRAINT fk_provider_qualification_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE provider_village (
    provider_id BIGINT NOT NULL,
    village_id  BIGINT NOT NULL,
    PRIMARY KEY (provider_id, village_id),
    CONSTRAINT fk_provider_village_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_provider_village_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_provider_village_village ON provider_village (village_id);

CREATE TABLE provider_service_type (
    provider_id  BIGINT      NOT NULL,
    service_type VARCHAR(32) NOT NULL,
    PRIMARY KEY (provider_id, service_type),
    CONSTRAINT fk_provider_service_type_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Weekly availability in civil time (day_of_week 1 = Monday … 7 = Sunday).
CREATE TABLE provider_availability (
    id          BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    provider_id BIGINT  NOT NULL,
    day_of_week INT     NOT NULL,
    starts      TIME    NOT NULL,
    ends        TIME    NOT NULL,
    CONSTRAINT fk_provider_availability_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT ck_provider_availability_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_provider_availability_span CHECK (starts < ends)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_provider_availability_provider ON provider_availability (provider_id);

CREATE TABLE recruitment (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    village_id  BIGINT        NULL,
    title       VARCHAR(100)  NOT NULL,
    description VARCHAR(2000) NOT NULL,
    service_type VARCHAR(32)  NULL,
    open_until  DATE          NULL,
    created_by  BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_recruitment_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE recruitment_application (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recruitment_id BIGINT       NOT NULL,
    account_id     BIGINT       NOT NULL,
    message        VARCHAR(500) NULL,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_recruitment_application UNIQUE (recruitment_id, account_id),
    CONSTRAINT fk_recruitment_application_recruitment FOREIGN KEY (recruitment_id) REFERENCES recruitment (id),
    CONSTRAINT fk_recruitment_application_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Stations' rooms and opening hours (civil time), and the bookable slots generated from them.
CREATE TABLE station_room (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    station_id BIGINT       NOT NULL,
    kind       VARCHAR(32)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    capacity   INT          NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_station_room_station FOREIGN KEY (station_id) REFERENCES station (id),
    CONSTRAINT ck_station_room_capacity CHECK (capacity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE station_opening_hours (
    id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    station_id  BIGINT NOT NULL,
    day_of_week INT    NOT NULL,
    opens       TIME   NOT NULL,
    closes      TIME   NOT NULL,
    CONSTRAINT fk_station_opening_hours_station FOREIGN KEY (station_id) REFERENCES station (id),
    CONSTRAINT ck_station_opening_hours_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_station_opening_hours_span CHECK (opens < closes)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_station_opening_hours_station ON station_opening_hours (station_id);

-- booked never exceeds capacity: bookings raise it with a guarded UPDATE in the booking's transaction, and the
-- CHECK holds it in the database too. slot_key (station, provider, room, service type, start) makes generating
-- the same range twice create nothing new.
CREATE TABLE slot (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    station_id   BIGINT       NOT NULL,
    village_id   BIGINT       NOT NULL,
    provider_id  BIGINT       NULL,
    room_id      BIGINT       NULL,
    service_type VARCHAR(32)  NOT NULL,
    starts_at    DATETIME(6)  NOT NULL,
    ends_at      DATETIME(6)  NOT NULL,
    capacity     INT          NOT NULL,
    booked       INT          NOT NULL DEFAULT 0,
    slot_key     VARCHAR(120) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_slot_key UNIQUE (slot_key),
    CONSTRAINT fk_slot_station FOREIGN KEY (station_id) REFERENCES station (id),
    CONSTRAINT fk_slot_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_slot_room FOREIGN KEY (room_id) REFERENCES station_room (id),
    CONSTRAINT ck_slot_capacity CHECK (capacity > 0),
    CONSTRAINT ck_slot_booked CHECK (booked >= 0 AND booked <= capacity),
    CONSTRAINT ck_slot_span CHECK (starts_at < ends_at),
    CONSTRAINT ck_slot_owner CHECK (provider_id IS NOT NULL OR room_id IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_slot_station_start ON slot (station_id, starts_at);

-- One row per child, provider and room that was ever booked: a booking locks the rows of everyone it involves
-- (SELECT ... FOR UPDATE, in a fixed order) before it looks for overlapping appointments, so two bookings of the
-- same child, provider or room run one after the other.
CREATE TABLE booking_lock (
    kind   VARCHAR(16) NOT NULL,
    ref_id BIGINT      NOT NULL,
    PRIMARY KEY (kind, ref_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Appointments copy their slot's time, provider and room so overlap checks need no join.
CREATE TABLE appointment (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slot_id       BIGINT      NOT NULL,
    child_id      BIGINT      NOT NULL,
    village_id    BIGINT      NOT NULL,
    station_id    BIGINT      NOT NULL,
    need_id       BIGINT      NULL,
    provider_id   BIGINT      NULL,
    room_id       BIGINT      NULL,
    service_type  VARCHAR(32) NOT NULL,
    starts_at     DATETIME(6) NOT NULL,
    ends_at       DATETIME(6) NOT NULL,
    status        VARCHAR(16) NOT NULL,
    booked_by     BIGINT      NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    cancelled_at  DATETIME(6) NULL,
    cancelled_by  BIGINT      NULL,
    checked_in_at DATETIME(6) NULL,
    completed_at  DATETIME(6) NULL,
    completed_by  BIGINT      NULL,
    CONSTRAINT fk_appointment_slot FOREIGN KEY (slot_id) REFERENCES slot (id),
    CONSTRAINT fk_appointment_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_appointment_child_time ON appointment (child_id, starts_at);
CREATE INDEX ix_appointment_provider_time ON appointment (provider_id, starts_at);
CREATE INDEX ix_appointment_room_time ON appointment (room_id, starts_at);
CREATE INDEX ix_appointment_slot ON appointment (slot_id);
CREATE INDEX ix_appointment_start ON appointment (starts_at);

-- The feedback list of the three ledgers; the primary key makes feedback once per appointment.
CREATE TABLE appointment_feedback (
    appointment_id BIGINT        NOT NULL PRIMARY KEY,
    rating         INT           NOT NULL,
    comment_text   VARCHAR(1000) NULL,
    given_by       BIGINT        NOT NULL,
    given_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_appointment_feedback_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT ck_appointment_feedback_rating CHECK (rating BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One reminder per appointment, recipient and civil day, however often the job fires.
CREATE TABLE appointment_reminder (
    appointment_id BIGINT      NOT NULL,
    account_id     BIGINT      NOT NULL,
    reminder_day   DATE        NOT NULL,
    sent_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (appointment_id, account_id, reminder_day),
    CONSTRAINT fk_appointment_reminder_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Which provider matching chose for a need (RULES.md §3 smart matching).
CREATE TABLE need_match (
    need_id     BIGINT      NOT NULL PRIMARY KEY,
    provider_id BIGINT      NOT NULL,
    village_id  BIGINT      NOT NULL,
    matched_by  BIGINT      NOT NULL,
    matched_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_need_match_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_need_match_provider ON need_match (provider_id);
