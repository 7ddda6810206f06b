import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from '../../../scripts/chromium-path.ts';

/** Debian's Chromium; the flags keep it from calling out of this closed network. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}
