import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from '@shared/posting/htmlText';

describe('htmlToText', () => {
  it('puts block elements on lines of their own and separates paragraphs', () => {
    expect(
      htmlToText('<h1>Data Intern</h1><div>Acme</div><div>Seattle, WA</div><p>We build things.</p><p>You help.</p>'),
    ).toBe('Data Intern\n\nAcme\nSeattle, WA\n\nWe build things.\n\nYou help.');
  });

  it('writes list items as bullets, one per line', () => {
    expect(htmlToText('<p>Duties</p>\n<ul>\n  <li>Build</li>\n  <li>Test</li>\n</ul>')).toBe(
      'Duties\n\n• Build\n• Test',
    );
  });

  it('collapses white space as a browser does, and keeps line breaks from <br>', () => {
    expect(htmlToText('<p>Pay:\n   <b>$40</b>  per\thour<br>Start: <i>June</i><br><br>End</p>')).toBe(
      'Pay: $40 per hour\nStart: June\n\nEnd',
    );
  });

  it('drops scripts, styles, templates and comments, whatever they contain', () => {
    const html =
      '<style>p{color:red}</style><script>var s = "<p>$99/hr</p>";</script><!-- <p>Remote</p> --><template><p>x</p></template><p>Kept</p>';
    expect(htmlToText(html)).toBe('Kept');
  });

  it('drops navigation, footers, side panels, forms and buttons, even nested ones', () => {
    const html =
      '<nav><ul><li><nav>Inner</nav></li><li>Jobs</li></ul></nav><main><p>Posting</p><button>Apply</button></main><aside>Similar jobs</aside><form><label>Email</label></form><footer>© 2026</footer>';
    expect(htmlToText(html)).toBe('Posting');
  });

  it('drops hidden elements', () => {
    const html =
      '<div hidden><p>Cookie banner</p></div><p aria-hidden="true">icon</p><div style="display: none">x</div><div class="hidden-xs">Shown</div>';
    expect(htmlToText(html)).toBe('Shown');
  });

  it('decodes character references', () => {
    expect(htmlToText('<p>R&amp;D &ndash; &euro;2.100 &#8211; caf&eacute; &#x2014; don&#146;t&nbsp;stop</p>')).toBe(
      'R&D – €2.100 – café — don’t\u00a0stop',
    );
  });

  it('reads a ">" inside a quoted attribute as part of the attribute', () => {
    expect(htmlToText('<a title="a > b" href="/x">Link</a> text')).toBe('Link text');
  });

  it('keeps a "<" that does not open a tag', () => {
    expect(htmlToText('<p>Teams of < 10 people & 3 < 4</p>')).toBe('Teams of < 10 people & 3 < 4');
  });

  it('survives unclosed tags and comments', () => {
    expect(htmlToText('<p>Start<div>Middle')).toBe('Start\nMiddle');
    expect(htmlToText('<p>Kept</p><!-- never closed <p>lost</p>')).toBe('Kept');
    expect(htmlToText('<p>Kept</p><script>never closed')).toBe('Kept');
  });
});

describe('looksLikeHtml', () => {
  it('recognises documents and fragments', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body></body></html>')).toBe(true);
    expect(looksLikeHtml('  <html lang="en">')).toBe(true);
    expect(looksLikeHtml('<div><p>One</p><p>Two</p></div>')).toBe(true);
  });

  it('does not take copied text that mentions a tag for HTML', () => {
    expect(looksLikeHtml('Experience with React, <div> layouts and CSS. Teams of < 10.')).toBe(false);
  });
});
