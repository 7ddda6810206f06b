import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context.ts';
import { api } from '../staff-api.ts';
import { userRefusalKey } from '../user-refusal.ts';

/** A toggle button in a table row: sends one change and reloads. */
export function Toggle({ on, labels, onToggle }: { on: boolean; labels: [string, string]; onToggle: () => void }) {
  return (
    <td>
      <button type="button" onClick={onToggle}>
        {on ? labels[0] : labels[1]}
      </button>
    </td>
  );
}

/** A create form whose named fields are sent as one JSON object. */
export function CreateForm({
  onCreate,
  children,
  submit,
}: {
  onCreate: (fields: Record<string, string>) => void;
  children: ComponentChildren;
  submit: string;
}) {
  return (
    <form
      class="filters"
      onSubmit={(event) => {
        event.preventDefault();
        onCreate(Object.fromEntries([...new FormData(event.currentTarget)].map(([k, v]) => [k, String(v)])));
      }}
    >
      {children}
      <button type="submit">{submit}</button>
    </form>
  );
}

/** Sends a form's fields as JSON, then reloads; a refusal is shown, not thrown. */
export function useSubmit(reload: () => void) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const run = async <T,>(path: string, method: string, body: unknown, onAnswer?: (answer: T) => void) => {
    try {
      const answer = await api<T>(path, { method, body });
      setError(null);
      onAnswer?.(answer);
      reload();
    } catch (err) {
      const refusal = userRefusalKey(err);
      setError(refusal ? t(refusal) : t('staff.failed', { message: (err as Error).message }));
    }
  };
  return { error, run };
}
