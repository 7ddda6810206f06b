import type { Db } from '../database.ts';
// The shipped definitions as frozen data (decision 0080); frozen-imports.test.ts allows exactly these
// files and holds their digests, so the seed below cannot change once this migration has shipped.
import fmrV1 from '../../../../shared/forms/frozen/fmr-v1.json' with { type: 'json' };
import fmsV1 from '../../../../shared/forms/frozen/fms-v1.json' with { type: 'json' };
import screeningV1 from '../../../../shared/forms/frozen/screening-v1.json' with { type: 'json' };

/** The built-in versions, as rows: the definition kept as the JSON text the API answers. */
const SEED = [fmrV1, fmsV1, screeningV1].map((definition) => ({
  id: definition.id,
  version: definition.version,
  text: JSON.stringify(definition),
}));

/**
 * When the built-in versions count as published: they shipped with the first release. A fixed
 * instant keeps every newly migrated database alike (the copy to PostgreSQL compares with one).
 */
const BUILT_IN_PUBLISHED_AT = '2026-11-28T00:00:00.000Z';

/**
 * Form definitions as published versions (decision 0084): a version never changes once stored; a
 * retired one takes no new records but still judges the records made on it.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE form_versions (
      form_id TEXT NOT NULL,
      version INTEGER NOT NULL CHECK (version >= 1),
      definition TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('built-in', 'xlsform', 'json')),
      published_at TEXT NOT NULL,
      -- The publishing staff member's username; NULL for the built-in versions.
      published_by TEXT,
      retired_at TEXT,
      PRIMARY KEY (form_id, version)
    ) STRICT;
  `);
  const insert = db.prepare(
    "INSERT INTO form_versions (form_id, version, definition, source, published_at) VALUES (?, ?, ?, 'built-in', ?)",
  );
  for (const row of SEED) insert.run(row.id, row.version, row.text, BUILT_IN_PUBLISHED_AT);
}

const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;
const seedValues = (row: (typeof SEED)[number]) =>
  `(${sqlText(row.id)}, ${row.version}, ${sqlText(row.text)}, 'built-in', ${sqlText(BUILT_IN_PUBLISHED_AT)})`;

export const postgres = `
  CREATE TABLE form_versions (
    form_id TEXT COLLATE "C" NOT NULL,
    version BIGINT NOT NULL CHECK (version >= 1),
    definition TEXT COLLATE "C" NOT NULL,
    source TEXT COLLATE "C" NOT NULL CHECK (source IN ('built-in', 'xlsform', 'json')),
    published_at TEXT COLLATE "C" NOT NULL,
    published_by TEXT COLLATE "C",
    retired_at TEXT COLLATE "C",
    PRIMARY KEY (form_id, version)
  );
  INSERT INTO form_versions (form_id, version, definition, source, published_at) VALUES
  ${SEED.map(seedValues).join(',\n  ')};
`;
