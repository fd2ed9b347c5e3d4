// One stage in Settings → Pipeline: its name (renamed in place: Enter or leaving the field saves,
// Escape puts it back), its colour, how many applications are in it, and moving or removing it.
// Buttons that cannot act here stay focusable (aria-disabled) and say why, so focus never drops
// out of the list when a move makes a stage first or last.
import { useId, useState, type KeyboardEvent } from 'react';
import { countOf } from '@shared/countOf';
import { stageById, type Pipeline, type Stage, type StageColor } from '@shared/pipeline';
import { useKeptDraft } from '../../components/keptDraft';
import { useData } from '../../db/DataContext';
import { ColorSelect } from './ColorSelect';
import { stageNameProblem } from './stageEdits';

interface StageRowProps {
  stage: Stage;
  pipeline: Pipeline;
  /** Applications in the stage; null while they are still loading. */
  count: number | null;
  first: boolean;
  last: boolean;
  /** Why the stage cannot be removed, or null when it can. */
  keep: string | null;
  onRename: (name: string) => Promise<boolean>;
  onRecolour: (color: StageColor) => Promise<boolean>;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

export function StageRow({ stage, pipeline, count, first, last, keep, ...on }: StageRowProps) {
  const id = useId();
  // A name typed and refused (empty, taken, too long) is not saved: it is kept when Settings is
  // left, and leaving the app asks first.
  const refused = (name: string) => stageNameProblem(pipeline, name, stage.id) !== null && name.trim() !== stage.name;
  const { model } = useData();
  // Removed while Settings is away (the Undo of its Add, another window), the stage takes its name with it.
  const nameNow = () => {
    const now = stageById(model.pipeline(), stage.id);
    return now && !now.removed ? now.name : null;
  };
  const [draft, setDraft] = useKeptDraft(`stage-name:${stage.id}`, stage.name, () => stage.name, refused, nameNow);
  const [color, setColor] = useState(stage.color);
  // A name kept from before comes back with its message.
  const [attempted, setAttempted] = useState(() => draft !== stage.name);
  /** The name saved and not yet shown back: leaving the field after Enter must not save it again. */
  const [saving, setSaving] = useState<string | null>(null);

  // Saved, undone, or changed elsewhere: show what is stored now, each of name and colour on its
  // own. A recolour leaves the name as typed: an emptied one keeps its message, not put back unsaid.
  const [shown, setShown] = useState({ name: stage.name, color: stage.color });
  if (shown.name !== stage.name || shown.color !== stage.color) {
    setShown({ name: stage.name, color: stage.color });
    if (shown.name !== stage.name) {
      setDraft(stage.name);
      setAttempted(false);
      setSaving(null);
    }
    if (shown.color !== stage.color) setColor(stage.color);
  }

  const problem = stageNameProblem(pipeline, draft, stage.id);
  const error = attempted ? problem : null;

  async function commitName() {
    const name = draft.trim();
    if (name === stage.name) {
      setDraft(stage.name);
      setAttempted(false);
      return;
    }
    if (name === saving) return;
    setAttempted(true);
    if (problem !== null) return;
    setSaving(name);
    if (!(await on.onRename(name))) setSaving(null);
  }

  function onNameKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commitName();
    } else if (event.key === 'Escape' && (draft !== stage.name || attempted)) {
      event.preventDefault();
      setDraft(stage.name);
      setAttempted(false);
    }
  }

  async function recolour(next: StageColor) {
    setColor(next);
    if (!(await on.onRecolour(next))) setColor(stage.color);
  }

  return (
    <li className={`stage-row stage-color-${color}`} data-stage-id={stage.id}>
      <div role="group" aria-label={stage.name} className="stage-row-controls">
        <div className={error ? 'stage-name invalid' : 'stage-name'}>
          <input
            aria-label="Name"
            value={draft}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => void commitName()}
            onKeyDown={onNameKey}
          />
          {error && (
            <span id={`${id}-error`} className="field-error">
              {error}
            </span>
          )}
        </div>
        <ColorSelect aria-label="Colour" value={color} onChange={(next) => void recolour(next)} />
        <span className="stage-count">
          {count === null ? '' : count === 0 ? 'No applications' : countOf(count, 'application')}
        </span>
        <div className="stage-actions">
          <button
            type="button"
            className="icon-button stage-move"
            aria-label={`Move ${stage.name} up`}
            title={first ? 'Already first in its phase' : 'Move up'}
            aria-disabled={first || undefined}
            onClick={() => !first && on.onMove(-1)}
          >
            <Arrow up />
          </button>
          <button
            type="button"
            className="icon-button stage-move"
            aria-label={`Move ${stage.name} down`}
            title={last ? 'Already last in its phase' : 'Move down'}
            aria-disabled={last || undefined}
            onClick={() => !last && on.onMove(1)}
          >
            <Arrow up={false} />
          </button>
          <button
            type="button"
            className="stage-remove"
            aria-label={`Remove ${stage.name}`}
            title={keep ?? undefined}
            aria-disabled={keep !== null || undefined}
            aria-describedby={keep !== null ? `${id}-keep` : undefined}
            onClick={() => keep === null && on.onRemove()}
          >
            Remove
          </button>
          {keep !== null && (
            <span id={`${id}-keep`} className="visually-hidden">
              {keep}
            </span>
          )}
        </div>
      </div>
    </li>
  );
}

function Arrow({ up }: { up: boolean }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={up ? 'M8 3.5 3.5 8h3v4.5h3V8h3z' : 'M8 12.5 12.5 8h-3V3.5h-3V8h-3z'} fill="currentColor" />
    </svg>
  );
}
