import { useEffect, useState } from 'preact/hooks';
import { loaders } from 'virtual:i18n/tablet';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import { textIn } from '../../../shared/i18n.ts';
import { FormBody } from '../components/form/form-body.tsx';
import { applyRelevance } from '../forms/apply-relevance.ts';
import { FormContext } from '../forms/form-context.ts';
import { formLayout, isEntryForm, type FormLayout } from '../forms/form-layout.ts';
import { forDeployment } from '../../../shared/forms/for-deployment.ts';
import { useDeployment } from '../settings/deployment-context.ts';
import type { FormValue, FormValues } from '../forms/form-value.ts';
import { initialValues } from '../forms/form-values.ts';
import { judgingClock } from '../forms/known-forms.ts';
import type { Catalog, CatalogLoaders } from '../i18n/catalog-types.ts';
import { I18nContext, type I18n } from '../i18n/i18n-context.ts';
import { languageInfo } from '../i18n/languages.ts';
import { createTranslate } from '../i18n/translate.ts';

const NO_LAYOUT: FormLayout = { fixed: {}, defaults: {}, counts: [] };

/** The tablet's own texts in a form's language (English where the tablet has no catalog for it). */
function useTabletI18n(code: string): I18n | null {
  const [i18n, setI18n] = useState<I18n | null>(null);
  useEffect(() => {
    const known = languageInfo(code);
    // The form's language code, even without a catalog: labels are looked up by it.
    const language = { ...known, code };
    const loader = (loaders as CatalogLoaders)[known.code];
    const catalog: Promise<Catalog> = loader ? loader().then((module) => module.default) : Promise.resolve({});
    void catalog.then((messages) =>
      setI18n({ language, t: createTranslate(messages, known.locale), setLanguage: () => undefined }),
    );
  }, [code]);
  return i18n;
}

/** One language of the preview: the questions as a tablet shows them, answerable so that skip logic shows. */
function PreviewIn({ form: uploaded, code, heading }: { form: FormDefinition; code: string; heading: string }) {
  const i18n = useTabletI18n(code);
  // As the tablets of this deployment will show it: its country named where the form says {country}.
  const deployment = useDeployment();
  const form = deployment ? forDeployment(uploaded, deployment) : uploaded;
  const layout = isEntryForm(form.id) ? formLayout(form.id, deployment) : NO_LAYOUT;
  const [values, setValues] = useState<FormValues>(() =>
    applyRelevance(form, layout, null, initialValues(form, layout, '', new Date()), judgingClock(new Date())),
  );
  if (!i18n) return null;
  const change = (name: string, value: FormValue) =>
    setValues((current) =>
      applyRelevance(form, layout, current, { ...current, [name]: value }, judgingClock(new Date())),
    );
  return (
    <section class="form-preview" lang={code} dir={i18n.language.dir} aria-label={heading}>
      <h3>{heading}</h3>
      <I18nContext.Provider value={i18n}>
        <FormContext.Provider value={form}>
          <h4>{textIn(form.title, code)}</h4>
          <FormBody
            form={form}
            layout={layout}
            values={values}
            errors={[]}
            warnings={[]}
            disabled={false}
            onChange={change}
          />
        </FormContext.Provider>
      </I18nContext.Provider>
    </section>
  );
}

/** A form version drawn by the tablet's renderer, once per language the form has. */
export function FormPreview({ form, headingOf }: { form: FormDefinition; headingOf: (code: string) => string }) {
  return (
    <div class="form-previews">
      {Object.keys(form.title).map((code) => (
        <PreviewIn key={`${form.id}-${form.version}-${code}`} form={form} code={code} heading={headingOf(code)} />
      ))}
    </div>
  );
}
