// Leaving a page that holds unsaved work: the main process asks, and the answer decides.
import { describe, expect, it, vi } from 'vitest';
import { answerUnloadRefused, LEAVE_QUESTION } from '../../electron/main/unsavedWork';

function refusedUnload(answer: number) {
  const event = { preventDefault: vi.fn() };
  const stay = vi.fn();
  const ask = vi.fn(() => answer);
  answerUnloadRefused(event, { ask, stay });
  return { event, stay, ask };
}

describe('answerUnloadRefused', () => {
  it('asks whether to leave without saving, staying by default', () => {
    const { ask } = refusedUnload(0);
    expect(ask).toHaveBeenCalledWith(LEAVE_QUESTION);
    expect(LEAVE_QUESTION.buttons[0]).toBe('Stay');
    expect(LEAVE_QUESTION.buttons[LEAVE_QUESTION.leaveButton]).toBe('Leave without saving');
  });

  it('lets the page unload when told to leave', () => {
    const { event, stay } = refusedUnload(LEAVE_QUESTION.leaveButton);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(stay).not.toHaveBeenCalled();
  });

  it('keeps the page and calls off the quit when told to stay', () => {
    const { event, stay } = refusedUnload(0);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(stay).toHaveBeenCalledOnce();
  });
});
