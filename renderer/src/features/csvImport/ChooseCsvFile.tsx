// The import's first step: choose a file, or drop one on the dialog.
import { useState, type DragEvent } from 'react';
import { FileButton } from '../../components/FileButton';
import { CSV_FILE_ACCEPT } from './readCsvFile';

interface ChooseCsvFileProps {
  onChoose: (file: File) => void;
  reading: boolean;
  refusal: string | null;
}

export function ChooseCsvFile({ onChoose, reading, refusal }: ChooseCsvFileProps) {
  const [dragging, setDragging] = useState(false);

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onChoose(file);
  }

  return (
    <div className="choose-csv">
      <p>
        Add applications from a spreadsheet, LinkedIn’s <cite>Job Applications.csv</cite> or a CSV summary exported from
        this app. You will see every column and every problem before anything is added.
      </p>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop a .csv file here, or</p>
        <FileButton
          label={reading ? 'Reading…' : 'Choose a CSV file…'}
          accept={CSV_FILE_ACCEPT}
          disabled={reading}
          onFile={onChoose}
          focusInDialog
        />
      </div>
      {refusal && (
        <p className="refusal" role="alert">
          {refusal}
        </p>
      )}
    </div>
  );
}
