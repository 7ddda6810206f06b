import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const FOLDER = dirname(fileURLToPath(import.meta.url));

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
      typeOnly = !!clause && (clause.isTypeOnly ||
        (!clause.name && !!named && ts.isNamedImports(named) && named.elements.every((element) => element.isTypeOnly)));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specifier = node.moduleSpecifier.text;
      typeOnly = node.isTypeOnly;
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      specifier = node.moduleReference.expression.getText(source);
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || node.expression.getText(source) === 'require')) {
      specifier = node.arguments[0]?.getText(source) ?? '';
    } else if (ts.isImportTypeNode(node)) {
      specifier = node.argument.getText(source);
      typeOnly = true;
    }
    if (specifier !== undefined && !inFolder(specifier) && !(typeOnly && specifier === '../database.ts')) outside.push(specifier);
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

  it('are read well enough to catch an import from live code, in any form', () => {
    const found = (text: string) => importsFromOutside('sample.ts', text);
    expect(found("import type { Db } from '../database.ts';\nimport * as m from './0001-initial.ts';")).toEqual([]);
    expect(found("import { type Db } from '../database.ts';")).toEqual([]);
    expect(found("import { openDatabase } from '../database.ts';")).toEqual(['../database.ts']);
    expect(found("import { SEED_FMPS } from '../../../../shared/fmps.ts';")).toEqual(['../../../../shared/fmps.ts']);
    expect(found("import type { FmrData } from '../../../../shared/fmr.ts';")).toEqual(['../../../../shared/fmr.ts']);
    expect(found("import {\n  cubeChanges,\n} from '../../aggregates/fmr-cube.ts';")).toEqual(['../../aggregates/fmr-cube.ts']);
    expect(found("export { cubeChanges } from '../../aggregates/fmr-cube.ts';")).toEqual(['../../aggregates/fmr-cube.ts']);
    expect(found("import './../x.ts';")).toEqual(['./../x.ts']);
    expect(found("import { x } from 'node:crypto';")).toEqual(['node:crypto']);
    expect(found("const m = await import('../../aggregates/fmr-cube.ts');")).toEqual(["'../../aggregates/fmr-cube.ts'"]);
  });
});
