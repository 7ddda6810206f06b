import qrcode from 'qrcode-generator';

/** The enrollment code as a QR code, drawn as one SVG path so that no inline style or script is needed. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  let path = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (qr.isDark(row, col)) path += `M${col + 4},${row + 4}h1v1h-1z`;
  }
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${size + 8} ${size + 8}`} width="200" height="200">
      <rect width="100%" height="100%" fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
