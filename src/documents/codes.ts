/**
 * Machine-readable codes printed on documents, as PNG images for pdfkit.
 *
 * - Code 128 carries postal item numbers and manifest numbers: it is what the post's handheld
 *   scanners read. bwip-js draws no quiet zone by default, and a bar code without one does not
 *   scan next to other ink, so ten modules of white are added on each side (ISO/IEC 15417).
 * - QR codes carry the tracking address for the citizen's phone; level M survives a crease.
 *
 * Both are drawn on an opaque white background: a transparent PNG would come out black where a
 * printer or viewer ignores the alpha channel.
 */
import bwipjs from 'bwip-js';
import QRCode from 'qrcode';

/** Pixels per bar module; with pdfkit scaling the image down, this keeps the bars crisp. */
const BAR_SCALE = 2;
const QUIET_ZONE_MODULES = 10;

export async function code128Png(text: string): Promise<Buffer> {
  return bwipjs.toBuffer({
    bcid: 'code128',
    text,
    scale: BAR_SCALE,
    height: 12, // millimetres of bar at scale 1
    // bwip-js pads in modules × scale, so this is the quiet zone in modules.
    paddingwidth: QUIET_ZONE_MODULES,
    paddingheight: 2,
    backgroundcolor: 'FFFFFF',
    includetext: false,
  });
}

export async function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 4, // the four-module quiet zone the QR standard requires
    scale: 4,
    color: { dark: '#000000ff', light: '#ffffffff' },
  });
}
