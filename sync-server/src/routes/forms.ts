import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { AppError } from '../errors.ts';
import { tooLarge } from '../body-limits.ts';
import { requireAuth, staffOf } from '../auth/require.ts';
import { MAX_FORM_UPLOAD_BYTES, readUpload } from '../forms/read-upload.ts';
import { checkForm, publishForm, retireForm } from '../forms/publish-form.ts';
import { findFormVersion, listFormVersions } from '../forms/form-versions-store.ts';
import { writeXlsform } from '../forms/xlsform/write-xlsform.ts';
import type { Role } from '../../../shared/api.ts';
import { XLSX_TYPE, type FormListResponse } from '../../../shared/form-versions.ts';

const uploadLimit = () =>
  bodyLimit({
    maxSize: MAX_FORM_UPLOAD_BYTES,
    onError: () => {
      throw tooLarge('form upload', MAX_FORM_UPLOAD_BYTES);
    },
  });

const upload = async (c: Context<AppEnv>) =>
  readUpload(c.req.header('Content-Type'), new Uint8Array(await c.req.arrayBuffer()));

/** `fms` and `2`, or `2.xlsx` for the workbook. */
function versionParam(text: string): { version: number; xlsx: boolean } {
  const match = text.match(/^([1-9][0-9]{0,8})(\.xlsx)?$/);
  if (!match) throw new AppError(404, 'form-version-not-found', `No form version ${text}.`);
  return { version: Number(match[1]), xlsx: match[2] !== undefined };
}

/**
 * Form versions: staff read them; the admin checks, publishes and retires them, and officers too when
 * the deployment lets them (decision 0089).
 */
export function formRoutes(deps: Deps, options: { officersPublish: boolean }) {
  const { db, now } = deps;
  const publishers: Role[] = options.officersPublish ? ['admin', 'officer'] : ['admin'];
  const publisher = requireAuth(deps, ...publishers);
  const staff = requireAuth(deps, 'admin', 'officer', 'analyst');
  return new Hono<AppEnv>()
    .get('/', staff, async (c) => {
      const { principal } = c.var;
      const canPublish = principal.kind === 'staff' && publishers.includes(principal.role);
      return c.json({ versions: await listFormVersions(db), canPublish } satisfies FormListResponse);
    })
    .post('/check', publisher, uploadLimit(), async (c) => c.json(await checkForm(db, await upload(c))))
    .post('/', publisher, uploadLimit(), async (c) =>
      c.json(await publishForm(db, staffOf(c.var.principal), now(), await upload(c)), 201),
    )
    .get('/:id/:version', staff, async (c) => {
      const id = c.req.param('id');
      const { version, xlsx } = versionParam(c.req.param('version'));
      const found = await findFormVersion(db, id, version);
      if (!found) throw new AppError(404, 'form-version-not-found', `No form ${id} version ${version}.`);
      if (!xlsx) return c.json(found.definition);
      const workbook = await writeXlsform(found.definition);
      return c.body(new Uint8Array(workbook), 200, {
        'Content-Type': XLSX_TYPE,
        'Content-Disposition': `attachment; filename="${id}-v${version}.xlsx"`,
      });
    })
    .post('/:id/:version/retire', publisher, async (c) => {
      const { version, xlsx } = versionParam(c.req.param('version'));
      if (xlsx) throw new AppError(404, 'form-version-not-found', `No form version ${c.req.param('version')}.`);
      return c.json({ form: await retireForm(db, staffOf(c.var.principal), now(), c.req.param('id'), version) });
    });
}
