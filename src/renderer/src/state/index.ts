export { WorkspaceProvider, useWorkspace, useWorkspaceView, type WorkspaceState, type WorkspaceView, type WorkspaceViewState } from './workspace';
