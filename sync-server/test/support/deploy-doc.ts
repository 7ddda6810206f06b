import { readFileSync } from 'node:fs';
import { REPO_ROOT } from './server-process.ts';

export interface DocBlock {
  code: string;
  /** The prose written since the block before it. */
  leadIn: string;
}

/** Each fenced block of a markdown text, with the prose written since the block before it. */
export function blocksWithLeadIn(markdown: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  let leadIn = '';
  let code: string[] | null = null;
  for (const line of markdown.split('\n')) {
    if (line.trim().startsWith('```')) {
      if (code) {
        blocks.push({ code: code.join('\n'), leadIn });
        leadIn = '';
        code = null;
      } else {
        code = [];
      }
    } else if (code) {
      code.push(line);
    } else {
      leadIn += `${line}\n`;
    }
  }
  return blocks;
}

export const readDeployDoc = (): string => readFileSync(`${REPO_ROOT}docs/deploy.md`, 'utf8');

const lines = (block: DocBlock) => block.code.split('\n').map((line) => line.trim());

function onlyBlock(blocks: readonly DocBlock[], what: string, test: (block: DocBlock) => boolean): DocBlock {
  const found = blocks.filter(test);
  if (found.length !== 1) throw new Error(`docs/deploy.md should have one block with ${what}, has ${found.length}`);
  return found[0] as DocBlock;
}

function lineStarting(block: DocBlock, start: string, containing = ''): string {
  return lines(block).find((line) => line.startsWith(start) && line.includes(containing)) ?? '';
}

export interface PostgresDrillBlocks {
  /** The backup script, whole. */
  backup: DocBlock;
  /** The block whose `pg_restore` line restores a dump into an empty database. */
  restore: DocBlock;
  /** The block whose `psql` line counts what came back. */
  check: DocBlock;
}

/** Where docs/deploy.md shows the PostgreSQL backup and restore that the restore drill runs as written. */
export function postgresDrillBlocks(
  blocks: readonly DocBlock[] = blocksWithLeadIn(readDeployDoc()),
): PostgresDrillBlocks {
  return {
    backup: onlyBlock(blocks, 'the pg_dump script', (b) => b.code.startsWith('#!/bin/sh') && /^pg_dump /m.test(b.code)),
    restore: onlyBlock(blocks, 'a pg_restore --dbname line', (b) => lineStarting(b, 'pg_restore ', '--dbname') !== ''),
    check: onlyBlock(blocks, 'a psql "$restored" line', (b) => lineStarting(b, 'psql "$restored"') !== ''),
  };
}

export interface PostgresDrillCommands {
  /** A `sh` script of FMP_DATABASE_URL, BACKUP_DIR and BACKUP_KEEP that prints `Backup written: <file> (<n> bytes)`. */
  backupScript: string;
  /** A `sh` command of `dump` (a file) and `restored` (an empty database's URL). */
  restore: string;
  /** A `sh` command of `restored` that prints `<count>|<newest received_at>`. */
  check: string;
}

export function postgresDrillCommands(blocks?: readonly DocBlock[]): PostgresDrillCommands {
  const { backup, restore, check } = postgresDrillBlocks(blocks);
  return {
    backupScript: backup.code,
    restore: lineStarting(restore, 'pg_restore ', '--dbname'),
    check: lineStarting(check, 'psql '),
  };
}
