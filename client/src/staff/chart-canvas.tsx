import { useEffect, useRef } from 'preact/hooks';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartOptions,
} from 'chart.js';
import type { LanguageInfo } from '../i18n/catalog-types.ts';
import { useI18n } from '../i18n/i18n-context.ts';

// Only the parts the dashboard draws, so the staff bundle carries no more of Chart.js than it needs.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
);

/**
 * Numbers in the language's locale; right to left, the horizontal axis runs from the right and the vertical
 * axis, legend and tooltips sit on the right, as charts in Arabic are drawn.
 */
function languageOptions(options: ChartOptions = {}, language: LanguageInfo): ChartOptions {
  if (language.dir === 'ltr') return { ...options, locale: language.locale };
  const scales = (options as { scales?: Record<string, Record<string, unknown>> }).scales ?? {};
  return {
    ...options,
    locale: language.locale,
    scales: {
      ...scales,
      x: { ...scales['x'], reverse: !scales['x']?.['reverse'] },
      y: { ...scales['y'], position: 'right' },
    },
    plugins: {
      ...options.plugins,
      legend: { ...options.plugins?.legend, rtl: true },
      tooltip: { ...options.plugins?.tooltip, rtl: true },
    },
  } as ChartOptions;
}

/** One Chart.js chart on a canvas, redrawn when its configuration or the language changes. */
export function ChartCanvas({ config, label }: { config: ChartConfiguration; label: string }) {
  const { language } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const options = {
      animation: false,
      maintainAspectRatio: false,
      ...languageOptions(config.options, language),
    } as ChartOptions;
    const chart = new Chart(canvas.current, { ...config, options } as ChartConfiguration);
    return () => chart.destroy();
  }, [JSON.stringify(config.data), config.type, language]);
  return (
    <div class="chart-box">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
