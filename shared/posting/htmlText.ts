// The visible text of an HTML job page, roughly as a browser would lay it out: scripts, styles,
// navigation, footers, forms and hidden elements dropped; block elements on lines of their own;
// list items as "• " bullets; white space collapsed; character references decoded. shared/ has no
// DOM, so this is a small single-pass tokenizer rather than a parser.
import { decodeEntities } from './htmlEntities';

/** Elements whose content is not markup and never shown as text. */
const RAW_TEXT = new Set('script style textarea title xmp noscript template iframe noembed noframes'.split(' '));
/** Elements that hold page furniture, not the posting. */
const FURNITURE = new Set(
  'head nav footer aside svg math button select form dialog object canvas audio video map'.split(' '),
);
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
/** Blocks that browsers separate by a blank line. */
const PARAGRAPH = new Set(
  'p h1 h2 h3 h4 h5 h6 ul ol dl table blockquote pre section article header main hr'.split(' '),
);
const BLOCK = new Set(
  'div li dt dd tr caption figure figcaption address details summary fieldset legend body html'.split(' '),
);

const TAG_START = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const CLOSING = new Map<string, RegExp>();

// Breaks are markers until the end, so that the white space between two blocks does not
// become an extra blank line: a run of breaks and spaces becomes one blank line if it holds a
// paragraph, else one line break per <br> (at least one).
// The marks are private-use characters, removed from the page's own text first.
const LINE_BREAK = '\ue001';
const BLOCK_BREAK = '\ue002';
const PARAGRAPH_BREAK = '\ue003';
const BREAK_MARKS = /[\ue001-\ue003]/g;
const BREAK_RUN = /[ \t]*[\ue001-\ue003][\s\ue001-\ue003]*/g;

/** True when the input is an HTML document or fragment rather than copied text. */
export function looksLikeHtml(input: string): boolean {
  if (/^\s*(?:<!doctype html|<html\b|<head\b|<body\b)/i.test(input)) return true;
  const tags = input
    .slice(0, 5000)
    .match(/<\/(?:div|p|span|li|ul|ol|h[1-6]|section|article|table|script|a|strong|b)>/gi);
  return (tags?.length ?? 0) >= 3;
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let i = 0;
  /** The furniture or hidden element being skipped, with how deeply it is nested in itself. */
  let skipping: { name: string; depth: number } | null = null;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > i && !skipping)
      out.push(
        decodeEntities(
          html
            .slice(i, textEnd)
            .replace(BREAK_MARKS, '')
            .replace(/[ \t\n\r\f]+/g, ' '),
        ),
      );
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      i = after(html, '-->', lt + 4);
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      i = after(html, '>', lt);
      continue;
    }
    TAG_START.lastIndex = lt;
    const tag = TAG_START.exec(html);
    if (!tag) {
      if (!skipping) out.push('<');
      i = lt + 1;
      continue;
    }
    const close = tagEnd(html, TAG_START.lastIndex);
    const attributes = html.slice(TAG_START.lastIndex, close);
    i = close + 1;
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    const selfClosing = VOID.has(name) || attributes.endsWith('/');

    if (skipping) {
      if (name === skipping.name && !selfClosing) skipping.depth += closing ? -1 : 1;
      if (skipping.depth === 0) skipping = null;
      continue;
    }
    if (!closing && RAW_TEXT.has(name)) {
      i = afterClosingTag(html, name, i);
      continue;
    }
    if (!closing && !selfClosing && (FURNITURE.has(name) || isHidden(attributes))) {
      skipping = { name, depth: 1 };
      continue;
    }
    if (name === 'br') out.push(LINE_BREAK);
    else if (name === 'li' && !closing) out.push(`${BLOCK_BREAK}• `);
    else if (name === 'td' || name === 'th') out.push(closing ? '\t' : '');
    else if (PARAGRAPH.has(name)) out.push(PARAGRAPH_BREAK);
    else if (BLOCK.has(name)) out.push(BLOCK_BREAK);
  }
  return tidy(out.join(''));
}

function tidy(text: string): string {
  return text
    .replace(BREAK_RUN, (run) => {
      const lineBreaks = run.split(LINE_BREAK).length - 1;
      return '\n'.repeat(Math.max(run.includes(PARAGRAPH_BREAK) ? 2 : 1, lineBreaks));
    })
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** Index of the `>` that ends a tag, skipping any inside quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote: string | null = null;
  for (let j = from; j < html.length; j++) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return j;
    }
  }
  return html.length;
}

function after(html: string, marker: string, from: number): number {
  const at = html.indexOf(marker, from);
  return at === -1 ? html.length : at + marker.length;
}

function afterClosingTag(html: string, name: string, from: number): number {
  let closing = CLOSING.get(name);
  if (!closing) {
    closing = new RegExp(`</${name}\\s*>`, 'gi');
    CLOSING.set(name, closing);
  }
  closing.lastIndex = from;
  const m = closing.exec(html);
  return m ? m.index + m[0].length : html.length;
}

function isHidden(attributes: string): boolean {
  if (!/hidden|display|visibility/i.test(attributes)) return false;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(attributes); m; m = ATTRIBUTE.exec(attributes)) {
    const name = m[1]!.toLowerCase();
    const value = (m[2] ?? m[3] ?? m[4] ?? '').toLowerCase();
    if (name === 'hidden') return true;
    if (name === 'aria-hidden' && value === 'true') return true;
    if (name === 'style' && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/.test(value)) return true;
  }
  return false;
}
