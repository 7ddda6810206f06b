import { useI18n } from '../i18n/i18n-context.ts';

/** The FMP and the first and last day: the fields the staff pages' filter forms share. */
export function FmpAndDaysFields() {
  const { t } = useI18n();
  return (
    <>
      <label>
        {t('staff.fmp')}
        <input name="fmp" size={10} />
      </label>
      <label>
        {t('staff.from')}
        <input type="date" name="from" />
      </label>
      <label>
        {t('staff.to')}
        <input type="date" name="to" />
      </label>
    </>
  );
}
