/** What the post does with the one-stop side's reports (run by the exchange, see inbound-appliers.ts). */
import type { InboundAppliers } from '../exchange/inbound-appliers.js';
import type { PostalService } from './postal-service.js';

export function postalAppliers(postal: PostalService): InboundAppliers {
  return {
    'manifest.acknowledged': (tx, caller, event) => postal.manifests.applyAcknowledgement(tx, caller, event.data),
    'dossier.registered': (tx, caller, event) => postal.results.applyDossierRegistered(tx, caller, event),
    'result.handed-to-post': (tx, caller, event) => postal.results.applyResultHandedToPost(tx, caller, event, event.data),
  };
}
