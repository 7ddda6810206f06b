import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { FormDefinition } from '../../../shared/forms/types.ts';

/** The form version a page renders: its fields give labels and choices, its rules give messages. */
export const FormContext = createContext<FormDefinition | null>(null);

export function useFormDefinition(): FormDefinition {
  const form = useContext(FormContext);
  if (!form) throw new Error('useFormDefinition outside a FormContext provider');
  return form;
}
