/** The outcome of a panel's last action: an alert on failure, a status line on success. */
import type { ActionState } from './use-action';

export function ActionOutcome({ state }: { state: ActionState }) {
  return (
    <>
      <div role="status" aria-live="polite">
        {state.done && <p className="done">{state.done}</p>}
      </div>
      {state.error && (
        <div role="alert" className="error-box">
          <p className="error">{state.error}</p>
          {state.issues.length > 0 && (
            <ul className="issues">
              {state.issues.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
