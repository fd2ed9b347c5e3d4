// What backup tests share: Node's WebCrypto as the digest, the settings every schema-2 backup
// holds, and a way to build files by hand.
import { readFileSync } from 'node:fs';
import type { Sha256 } from '@shared/backup/checksum';
import { canonicalJson } from '@shared/backup/canonicalJson';
import { sha256Hex } from '@shared/backup/checksum';
import { DEFAULT_PIPELINE } from '@shared/pipeline';

export const digest: Sha256 = (data) => globalThis.crypto.subtle.digest('SHA-256', data);

/** The pipeline as the settings table holds it. */
export const PIPELINE_ROW = { key: 'pipeline', value: DEFAULT_PIPELINE };

/** A backup file's text with `data` and a correct checksum and counts, the rest overridable. */
export async function sealedBackupText(
  data: { applications: unknown[]; settings: unknown[] },
  envelope: Record<string, unknown> = {},
) {
  return JSON.stringify({
    format: 'internship-tracker-backup',
    schemaVersion: 2,
    appVersion: '0.1.0',
    createdAt: '2026-11-03T14:02:00+01:00',
    counts: { applications: data.applications.length, settings: data.settings.length },
    checksum: await sha256Hex(canonicalJson(data), digest),
    data,
    ...envelope,
  });
}

/** A file in tests/fixtures/backup, as it was written. */
export function backupFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/backup/${name}`, import.meta.url), 'utf8');
}
