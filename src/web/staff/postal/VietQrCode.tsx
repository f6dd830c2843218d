/**
 * The VietQR code of a transfer, drawn in the browser from the payload the intake answer
 * carries, so it shows with no further request (and without the network, once the answer is
 * here). The QR library (qrcode, already a dependency for the printed slips, about 25 kB
 * compressed in the browser) is loaded only when a transfer is asked for.
 */
import { useEffect, useState } from 'react';

export function VietQrCode({ payload, alt, failedText }: { payload: string; alt: string; failedText: string }) {
  const [image, setImage] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((qrcode) => qrcode.toDataURL(payload, { errorCorrectionLevel: 'M', margin: 4, width: 264 }))
      .then(
        (url) => {
          if (live) setImage(url);
        },
        () => {
          if (live) setFailed(true);
        },
      );
    return () => {
      live = false;
    };
  }, [payload]);

  if (failed) return <p className="field__error">{failedText}</p>;
  if (image === null) return null;
  return <img className="vietqr" src={image} alt={alt} width={264} height={264} />;
}
