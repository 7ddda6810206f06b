import { textIn } from '../../../shared/i18n.ts';
import { useEffect } from 'preact/hooks';
import { FormBody } from '../components/form/form-body.tsx';
import { FormContext } from '../forms/form-context.ts';
import { useRecordDraft, type DraftProblem, type DraftTarget } from '../forms/use-record-draft.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import type { MessageKey } from '../i18n/message-key.ts';

interface RecordFormPageProps {
  target: DraftTarget;
  onClose: () => void;
  onFinalized: () => void;
}

/** Any form, drawn from its definition: FMR groups, FMS interviews and health screening alike. */
const PROBLEM_TEXT = {
  saveFailed: 'form.saveFailed',
  storageFull: 'form.storageFull',
  fixErrors: 'form.fixErrors',
  noEnumerator: 'form.noEnumerator',
  notDraft: 'form.notDraft',
} as const satisfies Record<DraftProblem, MessageKey>;

export default function RecordFormPage({ target, onClose, onFinalized }: RecordFormPageProps) {
  const { t, language } = useI18n();
  const draft = useRecordDraft(target, onClose);
  const { form, layout, values, readOnly, errors, warnings, problem } = draft;

  useEffect(() => {
    if (problem) document.querySelector('.record-form .banner')?.scrollIntoView({ block: 'center' });
  }, [problem, errors]);

  if (!form || !layout || !values) return null;
  // Once every marked field has been corrected there is nothing left to point at.
  const shownProblem = problem === 'fixErrors' && errors.length === 0 ? null : problem;
  return (
    <FormContext.Provider value={form}>
      <form
        class="page record-form"
        aria-labelledby="record-form-title"
        data-form={form.id}
        data-record-id={target.recordId}
        data-read-only={String(readOnly)}
        noValidate
        onSubmit={(e) => e.preventDefault()}
      >
        <div class="form-header">
          <button type="button" onClick={onClose}>
            <span class="back-arrow">←</span> {readOnly ? t('form.close') : t('form.back')}
          </button>
          <h1 id="record-form-title">{textIn(form.title, language.code)}</h1>
        </div>
        {readOnly && <p class="banner info">{t('form.readOnly')}</p>}
        {shownProblem && (
          <p class="banner error" role="alert" data-problem={shownProblem}>
            {t(PROBLEM_TEXT[shownProblem])}
          </p>
        )}
        <FormBody
          form={form}
          layout={layout}
          values={values}
          errors={errors}
          warnings={warnings}
          disabled={readOnly}
          onChange={draft.change}
        />
        {!readOnly && (
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() => void draft.finalize().then((done) => done && onFinalized())}
            >
              {t('form.finalize')}
            </button>
            <button
              type="button"
              class="danger"
              onClick={() => {
                if (window.confirm(t('form.confirmDelete'))) void draft.remove().then(onClose);
              }}
            >
              {t('form.deleteDraft')}
            </button>
          </div>
        )}
      </form>
    </FormContext.Provider>
  );
}
