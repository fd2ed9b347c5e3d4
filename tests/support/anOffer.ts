// An offer for tests: in US dollars, with nothing recorded but what a test gives in `fields`.
import { emptyOffer, type Offer } from '../../shared/application';

export function anOffer(fields: Partial<Offer> = {}): Offer {
  return { ...emptyOffer('USD'), ...fields };
}
