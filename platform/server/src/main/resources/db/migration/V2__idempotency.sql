-- Writes a phone may retry carry an Idempotency-Key: the first request claims the key, later ones with the
-- same body get the stored answer, with another body a 422. Scope keeps keys of different callers apart.
CREATE TABLE idempotency_record (
    scope         VARCHAR(100) NOT NULL,
    idem_key      VARCHAR(100) NOT NULL,
    request_hash  CHAR(64)     NOT NULL,
    status        INT          NULL,
    response_body MEDIUMTEXT   NULL,
    created_at    DATETIME(6)  NOT NULL,
    completed_at  DATETIME(6)  NULL,
    PRIMARY KEY (scope, idem_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
