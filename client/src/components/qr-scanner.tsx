import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'preact/hooks';
import { codeFromQr } from '../api/code-from-qr.ts';
import { useI18n } from '../i18n/i18n-context.ts';

interface QrScannerProps {
  onCode: (code: string) => void;
  onClose: () => void;
}

/** A few frames a second is plenty for a code held still, and spares a mid-range tablet's battery. */
const SCAN_EVERY_MS = 200;

/** The back camera, read until a frame holds an enrollment code; the camera stops as soon as it closes. */
export default function QrScanner({ onCode, onClose }: QrScannerProps) {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const [noCamera, setNoCamera] = useState(false);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    function scan(): void {
      const element = video.current;
      if (stopped || !element || !context) return;
      if (element.videoWidth > 0) {
        canvas.width = element.videoWidth;
        canvas.height = element.videoHeight;
        context.drawImage(element, 0, 0);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const code = codeFromQr(jsQR(image.data, image.width, image.height)?.data ?? '');
        if (code) return onCode(code);
      }
      timer = setTimeout(scan, SCAN_EVERY_MS);
    }

    if (!navigator.mediaDevices?.getUserMedia) setNoCamera(true);
    else {
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }).then(
        (opened) => {
          stream = opened;
          if (stopped || !video.current) return;
          video.current.srcObject = opened;
          void video.current.play().catch(() => undefined);
          scan();
        },
        () => setNoCamera(true),
      );
    }
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  return (
    <div class="qr-scanner">
      {noCamera ? (
        <p class="banner warning" role="alert">
          {t('enroll.noCamera')}
        </p>
      ) : (
        <video ref={video} class="qr-video" muted playsInline aria-label={t('enroll.scanHint')} />
      )}
      <p class="muted">{t('enroll.scanHint')}</p>
      <button type="button" onClick={onClose}>
        {t('enroll.closeScanner')}
      </button>
    </div>
  );
}
