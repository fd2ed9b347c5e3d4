import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STARTUP_MS, useAfterStartup } from '../../../renderer/src/components/useAfterStartup';

describe('useAfterStartup', () => {
  afterEach(() => vi.useRealTimers());

  it('holds background work back until start-up has had its moment, then lets it go', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useAfterStartup());
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(STARTUP_MS - 1));
    expect(result.current).toBe(false);
    act(() => vi.runAllTimers());
    expect(result.current).toBe(true);
  });
});
