/** Why an add button beside it is disabled (its list is at its limit); referenced by aria-describedby. */
export function FullReason({ id, reason }: { id: string; reason: string | undefined }) {
  if (!reason) return null;
  return (
    <span id={id} className="field-error small full-reason" data-testid="list-full">
      {reason}
    </span>
  );
}
