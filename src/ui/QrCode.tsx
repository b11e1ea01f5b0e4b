import { useEffect, useState } from 'react';

/** A QR code of `text` as an image (the qrcode library is fetched with the first one). */
export function QrCode({ text, label, size = 240 }: { text: string; label: string; size?: number }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode').then(async (QRCode) => {
      const svg = await QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
      if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [text]);
  return (
    <div className="qr-code" style={{ width: size, height: size }}>
      {src && <img src={src} alt={label} width={size} height={size} />}
    </div>
  );
}
