import { toStrictJson } from '../../../lib/json';
import { saveBlob } from '../../../lib/saveBlob';
import { Button } from '../../ui/Button';

/** Saves a value as a .json file, built in the browser (no server round trip). */
export function DownloadJsonButton({ value, filename }: { value: unknown; filename: string }) {
  return (
    <Button
      size="xs"
      onClick={() => {
        saveBlob(new Blob([toStrictJson(value)], { type: 'application/json' }), filename);
      }}
      className="font-medium"
    >
      Download JSON
    </Button>
  );
}
