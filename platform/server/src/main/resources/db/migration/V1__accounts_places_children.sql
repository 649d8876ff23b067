-- Places: the national division codes of townships and villages, and each village's service stations.
CREATE TABLE township (
    code          VARCHAR(12)  NOT NULL PRIMARY KEY,
    name          VARCHAR(64)  NOT NULL,
    county_code   VARCHAR(12)  NOT NULL,
    county_name   VARCHAR(64)  NOT NULL,
    city_name     VARCHAR(64)  NOT NULL,
    province_name VARCHAR(64)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE village (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(12)  NOT NULL,
    name          VARCHAR(64)  NOT NULL,
    township_code VARCHAR(12)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_village_code UNIQUE (code),
    CONSTRAINT fk_village_township FOREIGN KEY (township_code) REFERENCES township (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE station (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    village_id BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    address    VARCHAR(200) NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_station_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Accounts: WeChat users (openid) and staff (username + password hash); one account may hold several roles.
CREATE TABLE account (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(64)  NULL,
    password_hash   VARCHAR(100) NULL,
    display_name    VARCHAR(100) NOT NULL,
    openid          VARCHAR(64)  NULL,
    unionid         VARCHAR(64)  NULL,
    session_key_enc VARCHAR(255) NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_account_username UNIQUE (username),
    CONSTRAINT uk_account_openid UNIQUE (openid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The villages a staff account acts for.
CREATE TABLE account_village (
    account_id BIGINT NOT NULL,
    village_id BIGINT NOT NULL,
    PRIMARY KEY (account_id, village_id),
    CONSTRAINT fk_account_village_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_account_village_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Refresh tokens are stored as SHA-256 hashes; a used one is refused and revokes its family.
CREATE TABLE refresh_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    family     CHAR(36)    NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    revoked    BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_refresh_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_refresh_token_family ON refresh_token (family);

-- Failed password logins per username, so repeated guesses are slowed down on every instance.
CREATE TABLE login_attempt (
    username      VARCHAR(64) NOT NULL PRIMARY KEY,
    failures      INT         NOT NULL,
    blocked_until DATETIME(6) NULL,
    updated_at    DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Children. consent_* records the guardian's consent required under the consent age (PIPL art. 31).
CREATE TABLE child (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    gender     VARCHAR(8)   NOT NULL,
    birth_date DATE         NOT NULL,
    village_id BIGINT       NOT NULL,
    consent_by BIGINT       NULL,
    consent_at DATETIME(6)  NULL,
    created_by BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_child_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_child_village ON child (village_id);

CREATE TABLE child_guardian (
    child_id   BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    relation   VARCHAR(32) NOT NULL,
    PRIMARY KEY (child_id, account_id),
    CONSTRAINT fk_child_guardian_child FOREIGN KEY (child_id) REFERENCES child (id),
    CONSTRAINT fk_child_guardian_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_child_guardian_account ON child_guardian (account_id);

-- Who read or changed what, and when: every staff read of a child lands here.
CREATE TABLE audit_log (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    actor_id    BIGINT       NULL,
    action      VARCHAR(64)  NOT NULL,
    object_type VARCHAR(32)  NOT NULL,
    object_id   VARCHAR(64)  NOT NULL,
    detail      VARCHAR(500) NULL,
    at          DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_audit_object ON audit_log (object_type, object_id);
