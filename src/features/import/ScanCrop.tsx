/**
 * The part of a scanned page a figure was read from, shown beside its quote as read, so the user
 * checks what OCR made of it against the paper. The image is a crop kept with the figure (a JPEG
 * data: URL made when the scan was read), never fetched.
 */
import { useScanText } from '../../i18n/scanText.ts';
import type { ScanCrop as Crop } from './types.ts';
import './scan.css';

const isCropImage = (url: string): boolean => url.startsWith('data:image/jpeg;base64,');

export function ScanCrop({ crop }: { crop: Crop }) {
  const t = useScanText();
  return (
    <figure className="scan-crop" data-testid="scan-crop" data-page={crop.page}>
      {isCropImage(crop.image) && (
        <img src={crop.image} width={crop.width} height={crop.height} alt={t('scan.alt', { page: crop.page })} decoding="async" />
      )}
      <figcaption>
        <span className="tag tag-scan">{t('scan.tag', { page: crop.page })}</span>
      </figcaption>
    </figure>
  );
}
