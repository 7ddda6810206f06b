import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { TabletForms } from './tablet-forms.ts';

/** The form versions stored on the tablet, read again whenever a sync stores new ones. */
export const TabletFormsContext = createContext<TabletForms | null>(null);

export function useTabletForms(): TabletForms {
  const forms = useContext(TabletFormsContext);
  if (!forms) throw new Error('useTabletForms outside a TabletFormsContext provider');
  return forms;
}
