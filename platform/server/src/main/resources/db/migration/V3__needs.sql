-- The needs database (RULES.md §2 and §3): the census catalogs, census rounds and their records, and need
-- declarations with every status change. The catalogs mirror org.xinqiao.need.Indicator and ServiceType (a test
-- keeps them equal) so that stored scores and needs can only name codes that exist.
CREATE TABLE need_indicator (
    code     VARCHAR(4)   NOT NULL PRIMARY KEY,
    category VARCHAR(16)  NOT NULL,
    label_zh VARCHAR(64)  NOT NULL,
    label_en VARCHAR(100) NOT NULL,
    sort_order INT        NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO need_indicator (code, category, label_zh, label_en, sort_order) VALUES
    ('M1', 'MATERIAL', '饮食与营养', 'diet and nutrition', 1),
    ('M2', 'MATERIAL', '衣物与被褥', 'clothing and bedding', 2),
    ('M3', 'MATERIAL', '学习用品', 'school supplies', 3),
    ('M4', 'MATERIAL', '住房条件', 'housing conditions', 4),
    ('M5', 'MATERIAL', '医疗保障', 'medical care', 5),
    ('E1', 'EDUCATION', '学业成绩', 'academic performance', 6),
    ('E2', 'EDUCATION', '家庭作业辅导', 'homework support at home', 7),
    ('E3', 'EDUCATION', '图书与阅读', 'books and reading', 8),
    ('E4', 'EDUCATION', '数字化学习条件', 'digital access for learning', 9),
    ('E5', 'EDUCATION', '出勤与辍学风险', 'attendance / drop-out risk', 10),
    ('P1', 'PSYCHOLOGICAL', '孤独感', 'loneliness', 11),
    ('P2', 'PSYCHOLOGICAL', '情绪与心理稳定', 'mood and emotional stability', 12),
    ('P3', 'PSYCHOLOGICAL', '亲子联系', 'contact with parents', 13),
    ('P4', 'PSYCHOLOGICAL', '同伴关系', 'peer relationships', 14),
    ('P5', 'PSYCHOLOGICAL', '自尊与自信', 'self-esteem', 15),
    ('S1', 'SAFETY', '居家与监护安全', 'home and guardianship safety', 16),
    ('S2', 'SAFETY', '交通安全', 'traffic safety', 17),
    ('S3', 'SAFETY', '防溺水', 'drowning risk', 18),
    ('S4', 'SAFETY', '网络安全', 'online safety', 19),
    ('S5', 'SAFETY', '欺凌与虐待', 'bullying and abuse', 20);

CREATE TABLE need_service_type (
    code                   VARCHAR(32)  NOT NULL PRIMARY KEY,
    category               VARCHAR(16)  NOT NULL,
    label_zh               VARCHAR(64)  NOT NULL,
    label_en               VARCHAR(100) NOT NULL,
    required_qualification VARCHAR(32)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO need_service_type (code, category, label_zh, label_en, required_qualification) VALUES
    ('TUTORING', 'EDUCATION', '课业辅导', 'Tutoring', 'TUTOR'),
    ('INTEREST_CLASS', 'EDUCATION', '兴趣课堂', 'Interest class', 'INTEREST_INSTRUCTOR'),
    ('SAFETY_EDUCATION', 'SAFETY', '安全教育', 'Safety education', 'SAFETY_TRAINER'),
    ('PSYCHOLOGICAL_COUNSELLING', 'PSYCHOLOGICAL', '心理辅导', 'Psychological counselling', 'PSYCHOLOGICAL_COUNSELLOR'),
    ('ONE_TO_ONE_COMPANIONSHIP', 'PSYCHOLOGICAL', '一对一陪伴', 'One-to-one companionship', 'CARE_VOLUNTEER'),
    ('CAREER_PLANNING', 'EDUCATION', '生涯规划', 'Career planning', 'CAREER_MENTOR'),
    ('SOCIAL_PRACTICE', 'EDUCATION', '社会实践', 'Social practice', 'SOCIAL_WORKER'),
    ('MATERIAL_AID', 'MATERIAL', '物资帮扶', 'Material aid', 'CIVIL_AFFAIRS_OFFICER'),
    ('STUDY_GRANT', 'MATERIAL', '助学金', 'Study grant', 'CIVIL_AFFAIRS_OFFICER'),
    ('PERSONALISED_TUTORING_PLAN', 'EDUCATION', '个性化辅导方案', 'Personalised tutoring plan', 'TEACHER');

-- One census round per village and period (a half-year such as 2027-H1, or explicit dates). Open until staff
-- close it or until locks_on (end_date + the configured lock days), judged when read, so no job has to flip it.
-- approved_level climbs VILLAGE -> TOWNSHIP -> COUNTY; the round's results count once COUNTY approved.
CREATE TABLE census_round (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    village_id     BIGINT      NOT NULL,
    period         VARCHAR(32) NOT NULL,
    start_date     DATE        NOT NULL,
    end_date       DATE        NOT NULL,
    locks_on       DATE        NOT NULL,
    status         VARCHAR(16) NOT NULL,
    approved_level VARCHAR(16) NULL,
    opened_by      BIGINT      NULL,
    opened_at      DATETIME(6) NOT NULL,
    closed_by      BIGINT      NULL,
    closed_at      DATETIME(6) NULL,
    CONSTRAINT uk_census_round_village_period UNIQUE (village_id, period),
    CONSTRAINT fk_census_round_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT ck_census_round_dates CHECK (end_date >= start_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Each approval step of a round, once per level.
CREATE TABLE census_approval (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id    BIGINT      NOT NULL,
    approval_level VARCHAR(16) NOT NULL,
    approved_by BIGINT      NOT NULL,
    approved_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_census_approval_level UNIQUE (round_id, approval_level),
    CONSTRAINT fk_census_approval_round FOREIGN KEY (round_id) REFERENCES census_round (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One assessment of a child in a round; a revision adds the next revision and keeps the earlier ones.
-- The unique key makes a second first record (or two concurrent revisions) fail in the database.
CREATE TABLE census_record (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id    BIGINT      NOT NULL,
    child_id    BIGINT      NOT NULL,
    revision    INT         NOT NULL,
    recorded_by BIGINT      NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_census_record_revision UNIQUE (round_id, child_id, revision),
    CONSTRAINT fk_census_record_round FOREIGN KEY (round_id) REFERENCES census_round (id),
    CONSTRAINT fk_census_record_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_census_record_child ON census_record (child_id);

CREATE TABLE census_score (
    record_id BIGINT     NOT NULL,
    indicator VARCHAR(4) NOT NULL,
    score     INT        NOT NULL,
    PRIMARY KEY (record_id, indicator),
    CONSTRAINT fk_census_score_record FOREIGN KEY (record_id) REFERENCES census_record (id),
    CONSTRAINT fk_census_score_indicator FOREIGN KEY (indicator) REFERENCES need_indicator (code),
    CONSTRAINT ck_census_score_range CHECK (score BETWEEN 0 AND 3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A need declared for a child (需求申报). village_id is the child's village when declared, so the village's
-- staff and ledgers find it without reaching into the child tables.
CREATE TABLE need (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    child_id     BIGINT        NOT NULL,
    village_id   BIGINT        NOT NULL,
    service_type VARCHAR(32)   NOT NULL,
    description  VARCHAR(1000) NOT NULL,
    urgency      INT           NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    declared_by  BIGINT        NOT NULL,
    declared_as  VARCHAR(16)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_need_child FOREIGN KEY (child_id) REFERENCES child (id),
    CONSTRAINT fk_need_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_need_service_type FOREIGN KEY (service_type) REFERENCES need_service_type (code),
    CONSTRAINT ck_need_urgency CHECK (urgency BETWEEN 1 AND 3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_need_village_status ON need (village_id, status);
CREATE INDEX ix_need_village_created ON need (village_id, created_at);
CREATE INDEX ix_need_child ON need (child_id);
CREATE INDEX ix_need_declared_by ON need (declared_by);

-- Every status a need has had, with who and when; append-only. from_status is NULL for the declaration.
CREATE TABLE need_status_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    need_id     BIGINT       NOT NULL,
    from_status VARCHAR(16)  NULL,
    to_status   VARCHAR(16)  NOT NULL,
    actor_id    BIGINT       NULL,
    note        VARCHAR(500) NULL,
    changed_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_need_status_change_need FOREIGN KEY (need_id) REFERENCES need (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_need_status_change_need ON need_status_change (need_id);
CREATE INDEX ix_need_status_change_to ON need_status_change (to_status, changed_at);
