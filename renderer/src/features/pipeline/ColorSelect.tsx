// A stage colour chosen by its name, with a swatch of it beside: the colour is never the only
// way to tell which one is chosen.
import type { SelectHTMLAttributes } from 'react';
import { STAGE_COLORS, type StageColor } from '@shared/pipeline';

export const STAGE_COLOR_LABELS: Record<StageColor, string> = {
  gray: 'Grey',
  blue: 'Blue',
  teal: 'Teal',
  green: 'Green',
  amber: 'Amber',
  orange: 'Orange',
  red: 'Red',
  purple: 'Purple',
  pink: 'Pink',
};

interface ColorSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  value: StageColor;
  onChange: (color: StageColor) => void;
}

export function ColorSelect({ value, onChange, ...select }: ColorSelectProps) {
  return (
    <span className={`color-select stage-color-${value}`}>
      <span className="stage-swatch" aria-hidden="true" />
      <select {...select} value={value} onChange={(e) => onChange(e.target.value as StageColor)}>
        {STAGE_COLORS.map((color) => (
          <option key={color} value={color}>
            {STAGE_COLOR_LABELS[color]}
          </option>
        ))}
      </select>
    </span>
  );
}
