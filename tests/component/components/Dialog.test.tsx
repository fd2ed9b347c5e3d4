import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Dialog } from '../../../renderer/src/components/Dialog';

function OpensADialog() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <Dialog title="A dialog" onClose={() => setOpen(false)}>
          <input aria-label="Inside" data-autofocus />
        </Dialog>
      )}
    </>
  );
}

describe('Dialog', () => {
  it('takes focus to its marked control, and gives it back to what opened it when it closes', () => {
    render(<OpensADialog />);
    const opener = screen.getByRole('button', { name: 'Open' });
    opener.focus();
    fireEvent.click(opener);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Inside' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('textbox', { name: 'Inside' })).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
