import type { FormChanges, FormCheckResponse, FormProblem } from '../../../shared/form-versions.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import type { MessageKey } from '../i18n/message-key.ts';
import type { Translate } from '../i18n/translate.ts';
import { FormPreview } from './form-preview.tsx';
import { problemText } from './problem-text.ts';

/**
 * Every problem with where it is: sheet, row and column of a workbook, or the path in a JSON definition; each
 * worded in the staff member's language from its code and params.
 */
export function ProblemTable({ problems, t }: { problems: readonly FormProblem[]; t: Translate }) {
  return (
    <>
      <h3 id="form-problems-title">{t('staff-forms.problemsTitle', { n: problems.length })}</h3>
      <table aria-labelledby="form-problems-title">
        <thead>
          <tr>
            <th>{t('staff-forms.sheet')}</th>
            <th>{t('staff-forms.row')}</th>
            <th>{t('staff-forms.column')}</th>
            <th>{t('staff-forms.cell')}</th>
            <th>{t('staff-forms.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i} data-code={p.code}>
              <td>{p.sheet ?? p.path ?? ''}</td>
              <td>{p.row ?? ''}</td>
              <td>{p.column ?? ''}</td>
              <td>{p.cell ?? ''}</td>
              <td>
                <code>{p.code}</code> {problemText(t, p)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

const CHANGE_KINDS = [
  ['questionsAdded', 'staff-forms.questionsAdded'],
  ['questionsRemoved', 'staff-forms.questionsRemoved'],
  ['questionsChanged', 'staff-forms.questionsChanged'],
  ['choicesAdded', 'staff-forms.choicesAdded'],
  ['choicesRemoved', 'staff-forms.choicesRemoved'],
  ['rulesAdded', 'staff-forms.rulesAdded'],
  ['rulesRemoved', 'staff-forms.rulesRemoved'],
  ['rulesChanged', 'staff-forms.rulesChanged'],
] as const satisfies readonly (readonly [Exclude<keyof FormChanges, 'from'>, MessageKey])[];

function changeText(item: FormChanges[(typeof CHANGE_KINDS)[number][0]][number]): string {
  if (typeof item === 'string') return item;
  if ('properties' in item) return `${item.name} (${item.properties.join(', ')})`;
  return `${item.question}: ${item.value}`;
}

/** What this version changes from the form's highest stored one, as `form-changes.ts` lists it. */
function ChangeList({ changes }: { changes: FormChanges }) {
  const { t } = useI18n();
  const kinds = CHANGE_KINDS.filter(([kind]) => changes[kind].length > 0);
  return (
    <section aria-labelledby="form-changes-title">
      <h3 id="form-changes-title">
        {changes.from === null ? t('staff-forms.firstVersion') : t('staff-forms.changesTitle', { from: changes.from })}
      </h3>
      {changes.from !== null && kinds.length === 0 && <p>{t('staff-forms.noChanges')}</p>}
      <dl>
        {kinds.map(([kind, label]) => (
          <div key={kind}>
            <dt>{t(label)}</dt>
            <dd>{changes[kind].map(changeText).join('; ')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The answer of the check endpoint: problems, or what changes and how it looks, then Publish. */
export function FormCheckResult({ result, onPublish }: { result: FormCheckResponse; onPublish: () => void }) {
  const { t } = useI18n();
  const { definition, problems, changes } = result;
  const languageName = (code: string) => LANGUAGES.find((l) => l.code === code)?.name ?? code;
  return (
    <div class="form-check">
      {problems.length > 0 ? (
        <ProblemTable problems={problems} t={t} />
      ) : (
        definition && (
          <p role="status">{t('staff-forms.noProblems', { form: definition.id, version: definition.version })}</p>
        )
      )}
      {changes && <ChangeList changes={changes} />}
      {definition && problems.length === 0 && (
        <button type="button" class="primary" onClick={onPublish}>
          {t('staff-forms.publish', { form: definition.id, version: definition.version })}
        </button>
      )}
      {definition && (
        <section aria-labelledby="form-preview-title">
          <h3 id="form-preview-title">{t('staff-forms.previewTitle')}</h3>
          <FormPreview
            form={definition}
            headingOf={(code) => t('staff-forms.previewIn', { language: languageName(code) })}
          />
        </section>
      )}
    </div>
  );
}
