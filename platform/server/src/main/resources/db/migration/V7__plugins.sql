-- Plugins: whether an administrator enabled or disabled each plugin. Every server instance sharing the database
-- follows this row; a plugin without a row is enabled.
CREATE TABLE plugin_status (
    plugin_id  VARCHAR(64) NOT NULL PRIMARY KEY,
    enabled    BOOLEAN     NOT NULL,
    updated_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A partner's settings for its platform plugin (credentials included): one JSON object, AES-GCM encrypted.
CREATE TABLE plugin_settings (
    partner_id   BIGINT      NOT NULL PRIMARY KEY,
    plugin_id    VARCHAR(64) NOT NULL,
    settings_enc MEDIUMTEXT  NOT NULL,
    updated_at   DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Sales sync: how far each partner's orders were pulled. A pull claims the row (lease_until) so that two
-- instances or a manual sync and the job never pull the same partner at once.
CREATE TABLE plugin_sync_watermark (
    partner_id  BIGINT      NOT NULL PRIMARY KEY,
    plugin_id   VARCHAR(64) NOT NULL,
    watermark   DATETIME(6) NOT NULL,
    lease_until DATETIME(6) NULL,
    updated_at  DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every pull, as it went: its window, pages, lines and orders read, what intake made of them, or why it failed
-- or was skipped. Only ever added to.
CREATE TABLE plugin_sync_pull (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner_id  BIGINT       NOT NULL,
    plugin_id   VARCHAR(64)  NOT NULL,
    outcome     VARCHAR(16)  NOT NULL,
    window_from DATETIME(6)  NULL,
    window_to   DATETIME(6)  NULL,
    pages       INT          NOT NULL,
    sale_lines  INT          NOT NULL,
    orders      INT          NOT NULL,
    accepted    INT          NOT NULL,
    duplicates  INT          NOT NULL,
    reversed    INT          NOT NULL,
    ignored     INT          NOT NULL,
    error       VARCHAR(500) NULL,
    started_at  DATETIME(6)  NOT NULL,
    ended_at    DATETIME(6)  NOT NULL,
    INDEX idx_plugin_sync_pull_partner (partner_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
