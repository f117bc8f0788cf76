export { WorkspaceProvider, useWorkspace, useWorkspaceView, useSelection, useSelectionReader, type WorkspaceState, type WorkspaceView, type WorkspaceViewState } from './workspace';
