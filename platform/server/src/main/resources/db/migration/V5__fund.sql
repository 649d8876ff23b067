-- The public-welfare fund (RULES.md §5): partners and their oversight committees, synced sales, each partner's
-- earmarked account (an append-only ledger and a balance row), spending plans, votes and disbursements.

CREATE TABLE fund_partner (
    id                                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                               VARCHAR(100)  NOT NULL,
    platform_plugin_id                 VARCHAR(64)   NOT NULL,
    expected_annual_sales              DECIMAL(19,2) NOT NULL,
    civil_affairs_account_id           BIGINT        NOT NULL,
    platform_account_id                BIGINT        NOT NULL,
    village_collective_account_id      BIGINT        NOT NULL,
    guardian_representative_account_id BIGINT        NOT NULL,
    created_by                         BIGINT        NOT NULL,
    created_at                         DATETIME(6)   NOT NULL,
    CONSTRAINT uk_fund_partner_name UNIQUE (name),
    CONSTRAINT fk_fund_partner_civil_affairs FOREIGN KEY (civil_affairs_account_id) REFERENCES account (id),
    CONSTRAINT fk_fund_partner_platform FOREIGN KEY (platform_account_id) REFERENCES account (id),
    CONSTRAINT fk_fund_partner_village FOREIGN KEY (village_collective_account_id) REFERENCES account (id),
    CONSTRAINT fk_fund_partner_guardian FOREIGN KEY (guardian_representative_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_fund_partner_plugin ON fund_partner (platform_plugin_id);

-- A partner's rating for a year; EXCELLENT lowers the next year's rates.
CREATE TABLE fund_partner_rating (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner_id BIGINT      NOT NULL,
    rating_year INT        NOT NULL,
    rating     VARCHAR(16) NOT NULL,
    rated_by   BIGINT      NOT NULL,
    rated_at   DATETIME(6) NOT NULL,
    CONSTRAINT uk_fund_rating_year UNIQUE (partner_id, rating_year),
    CONSTRAINT fk_fund_rating_partner FOREIGN KEY (partner_id) REFERENCES fund_partner (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The balance of a partner's earmarked account: the row every write to the account locks first.
CREATE TABLE fund_account (
    partner_id BIGINT        NOT NULL PRIMARY KEY,
    balance    DECIMAL(19,2) NOT NULL,
    version    BIGINT        NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_fund_account_partner FOREIGN KEY (partner_id) REFERENCES fund_partner (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One agricultural order line per (partner, platform key), whatever source delivered it and however often.
-- COUNTED: in the year's sales with an ACCRUAL entry; REVERSED: counted, then refunded (a REVERSAL entry);
-- REFUNDED: the refund arrived first, so the sale is never counted.
CREATE TABLE fund_sale (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner_id        BIGINT        NOT NULL,
    line_key          VARCHAR(200)  NOT NULL,
    amount            DECIMAL(19,2) NOT NULL,
    paid_at           DATETIME(6)   NOT NULL,
    sale_year         INT           NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    accrued           DECIMAL(19,2) NULL,
    source            VARCHAR(16)   NOT NULL,
    received_at       DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uk_fund_sale_line UNIQUE (partner_id, line_key),
    CONSTRAINT fk_fund_sale_partner FOREIGN KEY (partner_id) REFERENCES fund_partner (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_fund_sale_year ON fund_sale (partner_id, sale_year, state);

-- Spending plans, valid for their quarter (e.g. 2027-Q1, which sorts as text).
CREATE TABLE fund_plan (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner_id  BIGINT        NOT NULL,
    quarter     VARCHAR(7)    NOT NULL,
    category    VARCHAR(16)   NOT NULL,
    amount      DECIMAL(19,2) NOT NULL,
    disbursed   DECIMAL(19,2) NOT NULL,
    purpose     VARCHAR(500)  NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    drafted_by  BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    decided_at  DATETIME(6)   NULL,
    CONSTRAINT fk_fund_plan_partner FOREIGN KEY (partner_id) REFERENCES fund_partner (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_fund_plan_partner ON fund_plan (partner_id, status, quarter);

CREATE TABLE fund_plan_vote (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id    BIGINT       NOT NULL,
    voter_id   BIGINT       NOT NULL,
    approve    BOOLEAN      NOT NULL,
    comment    VARCHAR(500) NULL,
    voted_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_fund_vote_voter UNIQUE (plan_id, voter_id),
    CONSTRAINT fk_fund_vote_plan FOREIGN KEY (plan_id) REFERENCES fund_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE fund_disbursement (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id    BIGINT        NOT NULL,
    partner_id BIGINT        NOT NULL,
    amount     DECIMAL(19,2) NOT NULL,
    payee      VARCHAR(200)  NOT NULL,
    purpose    VARCHAR(500)  NOT NULL,
    child_ids  VARCHAR(1000) NULL,
    programme  VARCHAR(200)  NULL,
    paid_by    BIGINT        NOT NULL,
    paid_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_fund_disbursement_plan FOREIGN KEY (plan_id) REFERENCES fund_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The append-only ledger of each earmarked account. Every entry has a unique business reference
-- (sale:<key>, refund:<key>, true-up:<year>:<n>, disbursement:<id>), so nothing can count twice.
-- An accrual keeps the rate and band it used, so later configuration never rewrites history.
CREATE TABLE fund_entry (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner_id      BIGINT        NOT NULL,
    fund_year       INT           NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    amount          DECIMAL(19,2) NOT NULL,
    reference       VARCHAR(220)  NOT NULL,
    rate            DECIMAL(9,6)  NULL,
    band            VARCHAR(80)   NULL,
    basis           DECIMAL(19,2) NULL,
    category        VARCHAR(16)   NULL,
    plan_id         BIGINT        NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uk_fund_entry_reference UNIQUE (partner_id, reference),
    CONSTRAINT fk_fund_entry_partner FOREIGN KEY (partner_id) REFERENCES fund_partner (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_fund_entry_year ON fund_entry (partner_id, fund_year, kind);
