export { WorkspaceProvider, useWorkspace, type WorkspaceState, type WorkspaceView } from './workspace';
