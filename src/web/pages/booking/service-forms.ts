/** The three service forms and the tariff direction each is priced as. */
import { SERVICE_FORMS, type ServiceForm } from '../../../domain/postal-item/pickup.js';
import type { QuoteDirection } from '../../../domain/tariff/index.js';

export type ServiceFormKey = ServiceForm;
export { SERVICE_FORMS };

export function quoteDirectionOf(form: ServiceForm): QuoteDirection {
  switch (form) {
    case 'send-dossier':
      return 'pickup';
    case 'receive-result':
      return 'delivery';
    case 'both':
      return 'both';
    default: {
      const exhaustive: never = form;
      return exhaustive;
    }
  }
}
