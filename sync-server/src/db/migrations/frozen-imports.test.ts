import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const FOLDER = dirname(fileURLToPath(import.meta.url));

/**
 * Frozen data a migration may read: the shipped form definitions that migration 9 seeds. Each is
 * held to its digest, so that editing one fails here instead of changing what the migration did.
 * FMR and FMS v1 were edited once, to name the deployment's country by a placeholder (decision 0085).
 */
const FROZEN_DATA: Readonly<Record<string, string>> = {
  '../../../../shared/forms/frozen/fmr-v1.json': '8a85d58d970ae6e1aa004e95189cc4edd1776aee1d45fc98d928863136455da2',
  '../../../../shared/forms/frozen/fms-v1.json': 'dd7113e2e021c6e45a7291deac68e71a7ad3dc7c15cf5984f456ec6d9ab15b9b',
  '../../../../shared/forms/frozen/screening-v1.json':
    '90518a1f5872c3e2b3f0be7259c732015b52a6809a694f3210f2a16fb705b589',
};

/**
 * The modules a migration file takes from outside this folder, other than the type of the database
 * (`import type` from ../database.ts): what it takes from live code, which could change its behaviour.
 */
function importsFromOutside(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const outside: string[] = [];
  const inFolder = (specifier: string) => specifier.startsWith('./') && !specifier.includes('..');
  const visit = (node: ts.Node) => {
    let specifier: string | undefined;
    let typeOnly = false;
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      specifier = node.moduleSpecifier.text;
      const clause = node.importClause;
      const named = clause?.namedBindings;
      typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!named &&
            ts.isNamedImports(named) &&
            named.elements.every((element) => element.isTypeOnly)));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specifier = node.moduleSpecifier.text;
      typeOnly = node.isTypeOnly;
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      specifier = node.moduleReference.expression.getText(source);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || node.expression.getText(source) === 'require')
    ) {
      specifier = node.arguments[0]?.getText(source) ?? '';
    } else if (ts.isImportTypeNode(node)) {
      specifier = node.argument.getText(source);
      typeOnly = true;
    }
    const allowed =
      (typeOnly && specifier === '../database.ts') || (specifier !== undefined && specifier in FROZEN_DATA);
    if (specifier !== undefined && !inFolder(specifier) && !allowed) outside.push(specifier);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return outside;
}

const migrationFiles = readdirSync(FOLDER).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));

describe('migration files', () => {
  it('are found', () => {
    expect(migrationFiles).toContain('0001-initial.ts');
    expect(migrationFiles).toContain('index.ts');
  });

  // Tests may compare with live code; the migrations themselves must not change when it does.
  it.each(migrationFiles)('%s imports nothing from outside this folder but the database type', (name) => {
    expect(importsFromOutside(name, readFileSync(join(FOLDER, name), 'utf8'))).toEqual([]);
  });

  it.each(Object.entries(FROZEN_DATA))(
    'may read %s, which has not changed since it was frozen',
    (specifier, digest) => {
      const bytes = readFileSync(join(FOLDER, specifier));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(digest);
    },
  );

  it('are read well enough to catch an import from live code, in any form', () => {
    const found = (text: string) => importsFromOutside('sample.ts', text);
    expect(found("import type { Db } from '../database.ts';\nimport * as m from './0001-initial.ts';")).toEqual([]);
    expect(found("import { type Db } from '../database.ts';")).toEqual([]);
    expect(found("import { openDatabase } from '../database.ts';")).toEqual(['../database.ts']);
    expect(found("import { SEED_FMPS } from '../../../../shared/fmps.ts';")).toEqual(['../../../../shared/fmps.ts']);
    expect(found("import type { FmrData } from '../../../../shared/fmr.ts';")).toEqual(['../../../../shared/fmr.ts']);
    expect(found("import {\n  cubeChanges,\n} from '../../aggregates/fmr-cube.ts';")).toEqual([
      '../../aggregates/fmr-cube.ts',
    ]);
    expect(found("export { cubeChanges } from '../../aggregates/fmr-cube.ts';")).toEqual([
      '../../aggregates/fmr-cube.ts',
    ]);
    expect(found("import './../x.ts';")).toEqual(['./../x.ts']);
    expect(found("import { x } from 'node:crypto';")).toEqual(['node:crypto']);
    expect(found("import f from '../../../../shared/forms/frozen/fmr-v1.json' with { type: 'json' };")).toEqual([]);
    expect(found("import f from '../../../../shared/forms/fmr-v1.ts';")).toEqual([
      '../../../../shared/forms/fmr-v1.ts',
    ]);
    expect(found("const m = await import('../../aggregates/fmr-cube.ts');")).toEqual([
      "'../../aggregates/fmr-cube.ts'",
    ]);
  });
});
