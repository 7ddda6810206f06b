import { useI18n } from '../i18n/i18n-context.ts';

/** Tablets' clocks drift or are set by hand; records keep the tablet's time, so a wrong clock must be seen. */
const CLOCK_SKEW_LIMIT_MS = 10 * 60_000;

export function ClockSkewWarning({ skewMs }: { skewMs: number | null }) {
  const { t } = useI18n();
  if (skewMs === null || Math.abs(skewMs) <= CLOCK_SKEW_LIMIT_MS) return null;
  const minutes = Math.round(Math.abs(skewMs) / 60_000);
  return (
    <p class="banner warning" role="alert" data-skew-ms={skewMs}>
      {t(skewMs > 0 ? 'sync.clockAhead' : 'sync.clockBehind', { minutes })}
    </p>
  );
}
