/**
 * The A5 leaflet handed out at desks, post offices and commune cultural post offices (R1): the
 * poster's content (poster.ts) in a smaller hand, to take home.
 */
import { type PublicityView, renderPublicity } from './poster.js';

export async function renderLeaflet(view: PublicityView): Promise<Buffer> {
  return renderPublicity(view, 'leaflet');
}
