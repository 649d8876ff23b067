-- The recurring work of RULES §6. Quartz's own tables come from db/quartz/<vendor>/V4_1__quartz.sql.

-- The schedule catalog: seeded from config/schedules.yml key by key when a key is missing, then owned by the
-- administrators through the API. Quartz's triggers follow this table, never the other way round.
CREATE TABLE schedule (
    schedule_key VARCHAR(64)  NOT NULL,
    description  VARCHAR(255) NOT NULL,
    cron         VARCHAR(120) NOT NULL,
    time_zone    VARCHAR(64)  NOT NULL,
    enabled      BOOLEAN      NOT NULL,
    paused       BOOLEAN      NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    updated_by   BIGINT       NULL,
    CONSTRAINT pk_schedule PRIMARY KEY (schedule_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per firing, claimed before the job runs: a second delivery of the same firing (same key, same
-- scheduled time) cannot insert and so does nothing but count itself in `duplicates`.
-- outcome is NULL while the job runs (or if its server died under it).
CREATE TABLE schedule_run (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    schedule_key        VARCHAR(64)   NOT NULL,
    scheduled_fire_time DATETIME(6)   NOT NULL,
    manual              BOOLEAN       NOT NULL,
    started_at          DATETIME(6)   NOT NULL,
    ended_at            DATETIME(6)   NULL,
    outcome             VARCHAR(16)   NULL,
    detail              VARCHAR(2000) NULL,
    instance_id         VARCHAR(190)  NOT NULL,
    duplicates          INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_schedule_run PRIMARY KEY (id),
    -- a manual trigger never collides with the cron firing of the same second (MariaDB through Connector/J keeps
    -- no fractions of a second)
    CONSTRAINT uq_schedule_run_firing UNIQUE (schedule_key, scheduled_fire_time, manual),
    CONSTRAINT ck_schedule_run_outcome CHECK (outcome IN ('SUCCESS', 'FAILED', 'SKIPPED', 'NOT_AVAILABLE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_schedule_run_started ON schedule_run (started_at);

-- Events the jobs create. period_key names the occurrence the event is for (`joint-meeting:2027-02`), so a
-- re-run or a manual trigger in the same period finds the event instead of creating a second one.
CREATE TABLE event (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    type           VARCHAR(20)   NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    starts_at      DATETIME(6)   NOT NULL,
    time_zone      VARCHAR(64)   NOT NULL,
    details        VARCHAR(2000) NULL,
    audience       VARCHAR(200)  NULL,
    link           VARCHAR(500)  NULL,
    period_key     VARCHAR(120)  NOT NULL,
    created_by_run BIGINT        NULL,
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT pk_event PRIMARY KEY (id),
    CONSTRAINT uq_event_period UNIQUE (type, period_key),
    CONSTRAINT ck_event_type CHECK (type IN ('LECTURE', 'JOINT_MEETING', 'TRAINING', 'CAREER_DAY'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_event_type_starts ON event (type, starts_at);

-- The schools' term plan of public lectures: one lecture a date; the school-lecture job announces the
-- lecture planned for the day it fires.
CREATE TABLE lecture_plan (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    lecture_date DATE         NOT NULL,
    topic        VARCHAR(200) NOT NULL,
    school       VARCHAR(200) NOT NULL,
    speaker      VARCHAR(100) NULL,
    link         VARCHAR(500) NULL,
    audience     VARCHAR(200) NOT NULL,
    created_by   BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_lecture_plan PRIMARY KEY (id),
    CONSTRAINT uq_lecture_plan_date UNIQUE (lecture_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
