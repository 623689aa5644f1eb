import { DropOverlay } from './DropOverlay';
import { FileNotices } from './FileNotices';
import { ImportErrorDialog } from './ImportErrorDialog';
import { importScenarioFile } from './importScenarioFile';
import { useWindowFileDrop } from './useWindowFileDrop';

const importDroppedFile = (file: File) => void importScenarioFile(file);

/** Everything about files that floats above the app: drop target, notices, import errors. Mount once. */
export function FilesLayer() {
  const dragging = useWindowFileDrop(importDroppedFile);
  return (
    <>
      <DropOverlay active={dragging} />
      <FileNotices />
      <ImportErrorDialog />
    </>
  );
}
