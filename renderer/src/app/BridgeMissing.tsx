// What the desktop app shows when its preload's bridge did not load (a broken install), instead
// of running as the web build inside it.
export function BridgeMissing() {
  return (
    <main className="startup-problem" aria-labelledby="bridge-missing-title">
      <h1 id="bridge-missing-title">Internship Tracker could not start</h1>
      <p>
        Its connection to your computer did not load, so it could neither remind you nor keep backups. Your applications
        are safe. Quit Internship Tracker and open it again; if this keeps happening, install it again.
      </p>
    </main>
  );
}
