import { Button } from '@digdir/designsystemet-react';

/** Edit and delete for one row of a structural insats's list (activities, aktualiseringar), each named for its row. */
export function RowActions({
  editLabel,
  removeLabel,
  onEdit,
  onRemove,
}: {
  editLabel: string;
  removeLabel: string;
  onEdit: () => void;
  onRemove: () => void;
}) {
  return (
    <div className="row">
      <Button variant="tertiary" data-size="sm" onClick={onEdit}>
        {editLabel}
      </Button>
      <Button variant="tertiary" data-size="sm" onClick={onRemove}>
        {removeLabel}
      </Button>
    </div>
  );
}
