import { FMR_FORM_ID } from '../../../shared/fmr.ts';
import type { Choice, FieldDefinition, FormDefinition } from '../../../shared/forms/types.ts';
import { textIn, type Language, type Text } from '../../../shared/i18n.ts';
import type { Cell } from './csv-stream.ts';
import { FMR_HXL_TAGS } from './fmr-columns.ts';

/** The columns of the stored record around its answers, with their labels and HXL tags. */
const META_BEFORE = ['record_id'] as const;
const META_AFTER = ['enumerator', 'device_id', 'form_version', 'received_at', 'revision', 'review_state'] as const;
type MetaColumn = (typeof META_BEFORE)[number] | (typeof META_AFTER)[number];

export interface StoredRow {
  id: string;
  fmp: string;
  data: Record<string, unknown>;
  enumerator: string;
  device_id: string;
  form_version: number;
  received_at: string;
  revision: number;
  review_state: string;
}

/**
 * What a column's values are, for the formats that type them (XLSX cells, OData properties): `instant` is
 * ISO 8601 text with its offset, `date` a calendar day `2026-12-03` (no time, no zone); the CSV writes all as text.
 */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'boolean' | 'instant' | 'date';

export interface ExportColumn {
  name: string;
  label: Text;
  hxl: string;
  kind: ColumnKind;
  value: (row: StoredRow) => Cell;
}

const META: Record<MetaColumn, { label: Text; hxl: string; kind: ColumnKind }> = {
  record_id: {
    label: { en: 'Record ID', fr: 'ID de la fiche', sw: 'Kitambulisho cha rekodi' },
    hxl: '#meta+id',
    kind: 'text',
  },
  enumerator: { label: { en: 'Enumerator', fr: 'Enquêteur', sw: 'Mdadisi' }, hxl: '#contact+enumerator', kind: 'text' },
  device_id: { label: { en: 'Device', fr: 'Appareil', sw: 'Kifaa' }, hxl: '#meta+device', kind: 'text' },
  form_version: {
    label: { en: 'Form version', fr: 'Version du formulaire', sw: 'Toleo la fomu' },
    hxl: '#meta+form_version',
    kind: 'integer',
  },
  received_at: { label: { en: 'Received', fr: 'Reçu', sw: 'Ilipokelewa' }, hxl: '#date+received', kind: 'instant' },
  revision: { label: { en: 'Revision', fr: 'Révision', sw: 'Marekebisho' }, hxl: '#meta+revision', kind: 'integer' },
  review_state: {
    label: { en: 'Review state', fr: 'État de la revue', sw: 'Hali ya ukaguzi' },
    hxl: '#status+review',
    kind: 'text',
  },
};

const metaValue: Record<MetaColumn, (row: StoredRow) => Cell> = {
  record_id: (r) => r.id,
  enumerator: (r) => r.enumerator,
  device_id: (r) => r.device_id,
  form_version: (r) => r.form_version,
  received_at: (r) => r.received_at,
  revision: (r) => r.revision,
  review_state: (r) => r.review_state,
};

/** HXL for forms without a hand-made table: a tag by field type, the field name as attribute. */
function defaultHxl(field: FieldDefinition): string {
  const attribute = field.name;
  switch (field.type) {
    case 'fmp':
      return '#loc+fmp+code';
    case 'datetime':
    case 'date':
      return `#date+${attribute}`;
    case 'country':
      return `#country+code+${attribute}`;
    case 'admin1':
      return `#adm1+code+${attribute}`;
    case 'admin2':
      return `#adm2+code+${attribute}`;
    case 'integer':
    case 'decimal':
      return `#indicator+num+${attribute}`;
    case 'text':
      return `#description+${attribute}`;
    default:
      return `#indicator+${attribute}`;
  }
}

/** The question's own `hxl` (published versions carry it), else the FMR table, else one by type. */
function hxlOf(form: string, field: FieldDefinition): string {
  if (field.hxl) return field.hxl;
  if (form === FMR_FORM_ID && field.name in FMR_HXL_TAGS) return FMR_HXL_TAGS[field.name as keyof typeof FMR_HXL_TAGS];
  return defaultHxl(field);
}

const asCell = (value: unknown): Cell =>
  value === undefined || value === null
    ? null
    : Array.isArray(value)
      ? value.join(' ')
      : typeof value === 'object'
        ? JSON.stringify(value)
        : (value as Cell);

/** Choices, countries, admin areas and FMPs are their codes: text. */
function kindOf(field: AnsweredField): ColumnKind {
  switch (field.type) {
    case 'integer':
    case 'decimal':
    case 'boolean':
    case 'date':
      return field.type;
    case 'datetime':
      return 'instant';
    default:
      return 'text';
  }
}

/** A select-multiple becomes its joined value (space-separated, as ODK does) and one 0/1 column per choice. */
function fieldColumns(form: string, field: ExportedField): ExportColumn[] {
  const hxl = hxlOf(form, field.definition);
  const { label, name } = field.definition;
  const own: ExportColumn = { name, label, hxl, kind: kindOf(field.definition), value: (r) => asCell(r.data[name]) };
  return [
    own,
    ...field.choices.map((choice): ExportColumn => ({
      name: `${name}/${choice.value}`,
      label: {
        en: `${label.en}: ${choice.label.en}`,
        fr: `${textIn(label, 'fr')} : ${textIn(choice.label, 'fr')}`,
        sw: `${textIn(label, 'sw')}: ${textIn(choice.label, 'sw')}`,
      },
      hxl: `${hxl}+${choice.value}`,
      kind: 'integer',
      value: (r) => {
        const picked = r.data[name];
        return Array.isArray(picked) ? (picked.includes(choice.value) ? 1 : 0) : null;
      },
    })),
  ];
}

/** A question that takes an answer: a note is text shown among the questions, with nothing to export. */
type AnsweredField = Exclude<FieldDefinition, { type: 'note' }>;
const isAnswered = (field: FieldDefinition): field is AnsweredField => field.type !== 'note';

/** A question as exported: its newest definition, and every choice any version of it offered as a select-multiple. */
interface ExportedField {
  definition: AnsweredField;
  choices: Choice[];
}

/**
 * Every answered question of every version, in order of first appearance (oldest version first): a new
 * version adds its new questions after the others, so publishing never moves a column an analyst relies on.
 * A group is only a heading on the tablet: its questions are columns like any other, named as they are.
 */
function exportedFields(versions: readonly FormDefinition[]): ExportedField[] {
  const fields = new Map<string, ExportedField>();
  for (const version of [...versions].sort((a, b) => a.version - b.version)) {
    for (const definition of version.fields.filter(isAnswered)) {
      const field = fields.get(definition.name) ?? { definition, choices: [] };
      field.definition = definition;
      if (definition.type === 'select_multiple')
        for (const choice of definition.choices)
          if (!field.choices.some((c) => c.value === choice.value)) field.choices.push(choice);
      fields.set(definition.name, field);
    }
  }
  return [...fields.values()];
}

/** Every answered question of every version, each by its newest definition, in order of first appearance. */
export function formFields(versions: readonly FormDefinition[]): FieldDefinition[] {
  return exportedFields(versions).map((field) => field.definition);
}

/** The columns of one form's export, from every stored version of it. */
export function exportColumns(versions: readonly FormDefinition[]): ExportColumn[] {
  const meta = (name: MetaColumn): ExportColumn => ({
    name,
    ...META[name],
    value: metaValue[name],
  });
  const form = versions[0]?.id ?? '';
  const fields = exportedFields(versions);
  return [...META_BEFORE.map(meta), ...fields.flatMap((f) => fieldColumns(form, f)), ...META_AFTER.map(meta)];
}

export function headerRows(columns: readonly ExportColumn[], options: { labels?: Language; hxl: boolean }): string[][] {
  const rows: string[][] = [];
  if (options.labels) rows.push(columns.map((c) => textIn(c.label, options.labels ?? 'en')));
  if (options.hxl) rows.push(columns.map((c) => c.hxl));
  return rows;
}
