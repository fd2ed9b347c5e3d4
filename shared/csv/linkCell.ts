// A link cell written with its title, as Microsoft Lists and SharePoint write a Hyperlink column:
// "https://careers.microsoft.com/job/1, Posting", or the address twice when it has no title.
import { isWebUrl } from '../application';

/** An address has no spaces, so the first ", " ends it. */
const ADDRESS_THEN_TITLE = /^(\S+), (.*)$/s;

/** The address and its title (empty when it is the address again); null for any other cell. */
export function titledLink(value: string): { url: string; title: string } | null {
  const match = ADDRESS_THEN_TITLE.exec(value);
  if (match === null || !isWebUrl(match[1]!)) return null;
  const title = match[2]!.trim();
  return { url: match[1]!, title: title === match[1] ? '' : title };
}
