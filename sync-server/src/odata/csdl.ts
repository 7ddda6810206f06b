import type { FeedSet } from './feed-set.ts';

const NAMESPACE = 'fmp_collect';

/** Milliseconds: the times stored have them, and CSDL's default precision is whole seconds. */
const TIME_PRECISION = 3;

const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

function entityType(set: FeedSet): string[] {
  const keys = new Set(set.key);
  return [
    `      <EntityType Name="${attribute(set.name)}">`,
    `        <Key>${set.key.map((name) => `<PropertyRef Name="${attribute(name)}"/>`).join('')}</Key>`,
    ...set.properties.map(
      (p) =>
        `        <Property Name="${attribute(p.name)}" Type="${p.type}"` +
        `${keys.has(p.name) ? ' Nullable="false"' : ''}` +
        `${p.type === 'Edm.DateTimeOffset' ? ` Precision="${TIME_PRECISION}"` : ''}/>`,
    ),
    '      </EntityType>',
  ];
}

/** The CSDL XML of `$metadata`: one entity type and set per readable set, named alike. */
export function csdlXml(sets: readonly FeedSet[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<edmx:Edmx xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx" Version="4.0">',
    '  <edmx:DataServices>',
    `    <Schema xmlns="http://docs.oasis-open.org/odata/ns/edm" Namespace="${NAMESPACE}">`,
    ...sets.flatMap(entityType),
    `      <EntityContainer Name="${NAMESPACE}">`,
    ...sets.map(
      (s) => `        <EntitySet Name="${attribute(s.name)}" EntityType="${NAMESPACE}.${attribute(s.name)}"/>`,
    ),
    '      </EntityContainer>',
    '    </Schema>',
    '  </edmx:DataServices>',
    '</edmx:Edmx>',
    '',
  ].join('\n');
}

/** The service document: every readable entity set, by name. */
export function serviceDocument(serviceRoot: string, sets: readonly FeedSet[]) {
  return {
    '@odata.context': `${serviceRoot}$metadata`,
    value: sets.map((s) => ({ name: s.name, kind: 'EntitySet', url: s.name })),
  };
}
