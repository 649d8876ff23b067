-- The monthly three-ledger report of each village as written by the ledger-report job: once per village and
-- month, so re-running a month's report changes nothing.
CREATE TABLE ledger_report (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    village_id     BIGINT      NOT NULL,
    ledger_month   CHAR(7)     NOT NULL,
    needs_declared INT         NOT NULL,
    needs_served   INT         NOT NULL,
    feedback_given INT         NOT NULL,
    content        MEDIUMTEXT  NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    CONSTRAINT uk_ledger_report UNIQUE (village_id, ledger_month),
    CONSTRAINT fk_ledger_report_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
