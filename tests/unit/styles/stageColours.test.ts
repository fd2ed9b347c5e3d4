// The stage colours are text (a stage's badge, its name in the details): each must read at 4.5:1
// (WCAG AA for small text) wherever a stage's text sits, on both themes: the page, a panel, and a
// table row hovered or selected (the selected row's tint is the darkest of them in light).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../renderer/src/styles/app.css', import.meta.url), 'utf8');

/** The light and dark values of a `--name: light-dark(#light, #dark)` token. */
function token(name: string): { light: string; dark: string } {
  const match = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\);`).exec(css);
  if (!match) throw new Error(`No light-dark token --${name} in app.css`);
  return { light: match[1]!, dark: match[2]! };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const STAGE_COLOURS = [...css.matchAll(/--stage-([a-z]+): light-dark/g)].map((m) => m[1]!);
const BACKGROUNDS = ['bg', 'surface', 'row-hover', 'row-selected'];

describe('stage colours', () => {
  it('are all read from the stylesheet', () => {
    expect(STAGE_COLOURS).toEqual(['gray', 'blue', 'teal', 'green', 'amber', 'orange', 'red', 'purple', 'pink']);
  });

  for (const theme of ['light', 'dark'] as const)
    it(`read at 4.5:1 on every background a stage's text sits on, in ${theme}`, () => {
      const below = STAGE_COLOURS.flatMap((colour) =>
        BACKGROUNDS.map((background) => ({
          pair: `${colour} on ${background}`,
          ratio: contrast(token(`stage-${colour}`)[theme], token(background)[theme]),
        })),
      ).filter(({ ratio }) => ratio < 4.5);
      expect(below.map(({ pair, ratio }) => `${pair}: ${ratio.toFixed(2)}`)).toEqual([]);
    });
});
