import type { Db } from '../database.ts';

export function up(db: Db): void {
  db.exec(`
    -- The seqs received from each device, merged into ranges; the holes between them are the gaps.
    CREATE TABLE device_seq_ranges (
      device_id TEXT NOT NULL REFERENCES devices(id),
      first_seq INTEGER NOT NULL CHECK (first_seq >= 1),
      last_seq INTEGER NOT NULL,
      PRIMARY KEY (device_id, first_seq),
      CHECK (last_seq >= first_seq)
    ) STRICT, WITHOUT ROWID;
  `);
  // Seqs already received: accepted records, and the seq inside conflicting and quarantined bodies.
  db.exec(`
    WITH bodies(device_id, body) AS (
      SELECT device_id, body FROM record_conflicts
      UNION ALL SELECT device_id, body FROM record_quarantine
    ),
    seen(device_id, seq) AS (
      SELECT device_id, seq FROM records
      UNION
      SELECT device_id, seq FROM (
        SELECT device_id,
               CASE WHEN json_valid(body) THEN
                 CASE WHEN json_type(body, '$.seq') = 'integer' THEN json_extract(body, '$.seq') END
               END AS seq
        FROM bodies
      ) WHERE seq BETWEEN 1 AND 9007199254740991
    ),
    islands(device_id, seq, island) AS (
      SELECT device_id, seq, seq - row_number() OVER (PARTITION BY device_id ORDER BY seq) FROM seen
    )
    INSERT INTO device_seq_ranges (device_id, first_seq, last_seq)
    SELECT device_id, min(seq), max(seq) FROM islands GROUP BY device_id, island;
  `);
}

export const postgres = `
  CREATE TABLE device_seq_ranges (
    device_id TEXT COLLATE "C" NOT NULL REFERENCES devices(id),
    first_seq BIGINT NOT NULL CHECK (first_seq >= 1),
    last_seq BIGINT NOT NULL,
    PRIMARY KEY (device_id, first_seq),
    CHECK (last_seq >= first_seq)
  );
`;
