import { useState } from 'preact/hooks';
import {
  XLSX_TYPE,
  type FormCheckResponse,
  type FormListResponse,
  type FormVersionSummary,
} from '../../../../shared/form-versions.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { FormCheckResult } from '../form-check-result.tsx';
import { api, download, upload } from '../staff-api.ts';
import { useLoad } from '../use-load.ts';

/** The chosen file as the forms API takes it: a JSON definition by its name, any other file as a workbook. */
async function bodyOf(file: File) {
  return {
    type: file.name.toLowerCase().endsWith('.json') ? 'application/json' : XLSX_TYPE,
    bytes: await file.arrayBuffer(),
  };
}

function VersionsTable({ list, onRetire }: { list: FormListResponse; onRetire: (v: FormVersionSummary) => void }) {
  const { t } = useI18n();
  return (
    <table aria-labelledby="form-versions-title">
      <thead>
        <tr>
          <th>{t('staff-forms.form')}</th>
          <th>{t('staff-forms.version')}</th>
          <th>{t('staff-forms.source')}</th>
          <th>{t('staff-forms.publishedAt')}</th>
          <th>{t('staff-forms.publishedBy')}</th>
          <th>{t('staff.state')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {list.versions.map((v) => (
          <tr key={`${v.formId}-${v.version}`}>
            <td>{v.formId}</td>
            <td>{v.version}</td>
            <td>{v.source}</td>
            <td>{v.publishedAt.slice(0, 16).replace('T', ' ')}</td>
            <td>{v.publishedBy ?? ''}</td>
            <td>{v.state === 'in-use' ? t('staff-forms.inUse') : t('staff-forms.retired')}</td>
            <td>
              <button
                type="button"
                onClick={() => void download(`/forms/${v.formId}/${v.version}.xlsx`, `${v.formId}-v${v.version}.xlsx`)}
              >
                {t('staff-forms.download')}
              </button>
              {list.canPublish && v.state === 'in-use' && (
                <button type="button" onClick={() => onRetire(v)}>
                  {t('staff-forms.retire', { form: v.formId, version: v.version })}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Form versions: upload a new one, see its problems, changes and preview, publish it; retire old ones. */
export function FormsPage() {
  const { t } = useI18n();
  const list = useLoad(() => api<FormListResponse>('/forms'), 'forms');
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<FormCheckResponse | null>(null);
  const [notice, setNotice] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);

  const refuse = (err: unknown) =>
    setNotice({ kind: 'alert', text: t('staff.failed', { message: (err as Error).message }) });
  const check = async (chosen: File) => {
    setFile(chosen);
    setChecked(null);
    setNotice(null);
    await upload<FormCheckResponse>('/forms/check', await bodyOf(chosen)).then(setChecked, refuse);
  };
  const publish = async () => {
    if (!file) return;
    try {
      const { form } = await upload<{ form: FormVersionSummary }>('/forms', await bodyOf(file));
      setChecked(null);
      setNotice({ kind: 'status', text: t('staff-forms.published', { form: form.formId, version: form.version }) });
      list.reload();
    } catch (err) {
      refuse(err);
    }
  };
  const retire = async (v: FormVersionSummary) => {
    if (!window.confirm(t('staff-forms.confirmRetire', { form: v.formId, version: v.version }))) return;
    await api(`/forms/${v.formId}/${v.version}/retire`, { method: 'POST', body: {} }).then(list.reload, refuse);
  };

  return (
    <section>
      <h2>{t('staff-forms.title')}</h2>
      {notice && (
        <p role={notice.kind} class={notice.kind === 'alert' ? 'error' : undefined}>
          {notice.text}
        </p>
      )}
      {list.data?.canPublish && (
        <section aria-labelledby="form-upload-title">
          <h3 id="form-upload-title">{t('staff-forms.uploadTitle')}</h3>
          <label>
            {t('staff-forms.file')}
            <input
              type="file"
              accept=".xlsx,.json,application/json"
              onChange={(e) => {
                const chosen = e.currentTarget.files?.[0];
                if (chosen) void check(chosen);
              }}
            />
          </label>
          {checked && <FormCheckResult result={checked} onPublish={() => void publish()} />}
        </section>
      )}
      <h3 id="form-versions-title">{t('staff-forms.versionsTitle')}</h3>
      {list.error && (
        <p role="alert" class="error">
          {t('staff.failed', { message: list.error })}
        </p>
      )}
      {list.data && <VersionsTable list={list.data} onRetire={(v) => void retire(v)} />}
    </section>
  );
}
