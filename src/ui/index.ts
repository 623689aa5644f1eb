// Pieces of the interface that both the canvas and the panels use: here, so neither imports the other's insides.
export { ModalDialog, ModalDialogDone, type ModalDialogHeader, type ModalDialogProps } from './ModalDialog';
