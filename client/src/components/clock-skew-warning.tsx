import { fillPlaceholders } from '../../../shared/i18n.ts';
import { formatNumber } from '../i18n/format.ts';
import { useLanguage, useStrings } from '../i18n/language-context.ts';
import { syncStrings } from '../i18n/strings/sync.ts';

/** Tablets' clocks drift or are set by hand; records keep the tablet's time, so a wrong clock must be seen. */
const CLOCK_SKEW_LIMIT_MS = 10 * 60_000;

export function ClockSkewWarning({ skewMs }: { skewMs: number | null }) {
  const s = useStrings(syncStrings);
  const { language } = useLanguage();
  if (skewMs === null || Math.abs(skewMs) <= CLOCK_SKEW_LIMIT_MS) return null;
  const minutes = formatNumber(Math.round(Math.abs(skewMs) / 60_000), language);
  return (
    <p class="banner warning" role="alert" data-skew-ms={skewMs}>
      {fillPlaceholders(skewMs > 0 ? s.clockAhead : s.clockBehind, { minutes })}
    </p>
  );
}
