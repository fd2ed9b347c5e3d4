// An offer for tests: in US dollars, with nothing recorded but what a test gives in `fields`.
import type { Offer } from '../../shared/application';

export function anOffer(fields: Partial<Offer> = {}): Offer {
  return {
    currency: 'USD',
    offeredOn: null,
    housing: null,
    relocation: null,
    signOnBonus: null,
    other: [],
    responseDeadlineId: null,
    returnOfferProspects: '',
    ...fields,
  };
}
