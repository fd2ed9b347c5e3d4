// The file button: one real button, named by its label, that opens the platform's file chooser;
// the file input behind it is neither in the accessibility tree nor a Tab stop.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FileButton } from '../../../renderer/src/components/FileButton';

function renderButton(disabled = false) {
  const onFile = vi.fn();
  const user = userEvent.setup({ delay: null });
  render(<FileButton label="Choose a CSV file…" accept=".csv" disabled={disabled} onFile={onFile} />);
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  const opened = vi.fn();
  // What opens the chooser: a click on the file input (jsdom has no chooser to open).
  input.addEventListener('click', opened);
  return { user, onFile, input, opened };
}

describe('FileButton', () => {
  it('is one visible button named by its label, and the file input is not announced or tabbed to', async () => {
    const { user } = renderButton();
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Choose a CSV file…']);
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Choose a CSV file…' }));
    await user.tab();
    expect(document.activeElement).toBe(document.body);
  });

  it('opens the file chooser when the button is clicked or pressed, and hands over the chosen file', async () => {
    const { user, onFile, input, opened } = renderButton();
    await user.click(screen.getByRole('button', { name: 'Choose a CSV file…' }));
    expect(opened).toHaveBeenCalledTimes(1);
    await user.keyboard('{Enter}');
    expect(opened).toHaveBeenCalledTimes(2);

    const file = new File(['Company\nStripe\n'], 'tracker.csv', { type: 'text/csv' });
    await user.upload(input, file);
    expect(onFile).toHaveBeenCalledWith(file);
  });

  it('opens nothing while busy, and keeps focus', async () => {
    const { user, opened } = renderButton(true);
    const button = screen.getByRole('button', { name: 'Choose a CSV file…' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await user.click(button);
    expect(opened).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button);
  });
});
