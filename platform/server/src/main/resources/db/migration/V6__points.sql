-- Points (RULES.md §4). The ledger is append-only; each account's balance is one row updated under its row lock
-- in the same transaction as the entry, and never below zero. A unique reference per entry (claim:12,
-- redemption:7, redemption:7:return) keeps a retry or a race from posting twice.
CREATE TABLE points_balance (
    account_id BIGINT      NOT NULL PRIMARY KEY,
    balance    BIGINT      NOT NULL,
    version    BIGINT      NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT ck_points_balance_not_negative CHECK (balance >= 0),
    CONSTRAINT fk_points_balance_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE points_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT       NOT NULL,
    points        BIGINT       NOT NULL,
    balance_after BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    rule          VARCHAR(32)  NULL,
    reference     VARCHAR(100) NOT NULL,
    note          VARCHAR(500) NULL,
    approved_by   BIGINT       NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_points_entry_reference UNIQUE (reference),
    CONSTRAINT fk_points_entry_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_points_entry_account ON points_entry (account_id, id);
CREATE INDEX ix_points_entry_kind_time ON points_entry (kind, created_at);

-- Claims for confirmed activities, priced by the earning rules when submitted. source is the business key of a
-- claim made by another feature (appointment:7), so a completed session claims once.
CREATE TABLE points_claim (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT        NOT NULL,
    activity      VARCHAR(32)   NOT NULL,
    hours         DECIMAL(6, 2) NULL,
    units         INT           NULL,
    evidence      VARCHAR(1000) NOT NULL,
    village_id    BIGINT        NULL,
    source        VARCHAR(100)  NULL,
    points        BIGINT        NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    decided_by    BIGINT        NULL,
    decided_at    DATETIME(6)   NULL,
    decision_note VARCHAR(500)  NULL,
    created_at    DATETIME(6)   NOT NULL,
    CONSTRAINT uk_points_claim_source UNIQUE (source),
    CONSTRAINT fk_points_claim_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_points_claim_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_points_claim_account ON points_claim (account_id, id);
CREATE INDEX ix_points_claim_village_status ON points_claim (village_id, status);

-- The rewards catalog. stock is what is left; it never goes below zero.
CREATE TABLE reward (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(100) NOT NULL,
    kind              VARCHAR(16)  NOT NULL,
    points_price      BIGINT       NOT NULL,
    stock             INT          NOT NULL,
    per_account_limit INT          NULL,
    partner_id        BIGINT       NULL,
    village_id        BIGINT       NULL,
    station_id        BIGINT       NULL,
    active_from       DATE         NULL,
    active_until      DATE         NULL,
    retired_at        DATETIME(6)  NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    CONSTRAINT ck_reward_stock_not_negative CHECK (stock >= 0),
    CONSTRAINT ck_reward_price_positive CHECK (points_price > 0),
    CONSTRAINT fk_reward_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_reward_station FOREIGN KEY (station_id) REFERENCES station (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE redemption (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id     BIGINT       NOT NULL,
    reward_id      BIGINT       NOT NULL,
    quantity       INT          NOT NULL,
    points         BIGINT       NOT NULL,
    status         VARCHAR(24)  NOT NULL,
    pickup_code    VARCHAR(16)  NULL,
    fulfilment_ref VARCHAR(100) NULL,
    failure_reason VARCHAR(500) NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_redemption_pickup_code UNIQUE (pickup_code),
    CONSTRAINT fk_redemption_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_redemption_reward FOREIGN KEY (reward_id) REFERENCES reward (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_redemption_account_reward ON redemption (account_id, reward_id);
CREATE INDEX ix_redemption_status ON redemption (status);
