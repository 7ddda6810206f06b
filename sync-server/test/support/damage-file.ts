import { closeSync, fstatSync, openSync, writeSync } from 'node:fs';

/** Overwrites the header of every fourth page after the first, as a failing disk or a bad copy would. */
export function damagePages(file: string, pageSize = 4096): void {
  const fd = openSync(file, 'r+');
  try {
    const pages = Math.floor(fstatSync(fd).size / pageSize);
    for (let page = 2; page <= pages; page += 4) writeSync(fd, Buffer.alloc(100, 0xa5), 0, 100, (page - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}
