// Applies the theme setting; "system" follows the operating system through CSS media queries.
import { useEffect } from 'react';
import { useData } from '../db/DataContext';
import { themeSetting, useSetting } from '../db/settings';

export function useTheme(): void {
  const { db } = useData();
  const theme = useSetting(db, themeSetting);
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
}
