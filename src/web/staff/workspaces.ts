/**
 * Which workspace each role works in, and where its code is. Workspaces are loaded on demand:
 * a postman's phone never downloads the administrator's screens. Found through Vite's glob
 * import, so a workspace that is not built yet leaves its role with a clear message rather than
 * breaking the build of the others.
 */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { Role } from '../../domain/access/roles.js';
import type { WorkspaceProps } from './workspace.js';

type WorkspaceModule = Record<string, unknown>;

const MODULES = import.meta.glob<WorkspaceModule>('./*/*Workspace.tsx');

interface WorkspaceRef {
  file: string;
  exportName: string;
}

/** Desk and processing officers share a workspace: it offers each the actions of its role. */
export function workspaceOf(role: Role): WorkspaceRef | null {
  switch (role) {
    case 'postman':
      return { file: './postal/PostmanWorkspace.tsx', exportName: 'PostmanWorkspace' };
    case 'counter_clerk':
      return { file: './postal/CounterWorkspace.tsx', exportName: 'CounterWorkspace' };
    case 'postal_supervisor':
      return { file: './supervisor/SupervisorWorkspace.tsx', exportName: 'SupervisorWorkspace' };
    case 'desk_officer':
    case 'processing_officer':
      return { file: './desk/DeskWorkspace.tsx', exportName: 'DeskWorkspace' };
    case 'province_admin':
      return { file: './admin/AdminWorkspace.tsx', exportName: 'AdminWorkspace' };
    case 'leader':
      return { file: './leader/LeaderWorkspace.tsx', exportName: 'LeaderWorkspace' };
    case 'partner_system':
      // A machine account: it works through the API, never in a browser.
      return null;
    default: {
      const exhaustive: never = role;
      return exhaustive;
    }
  }
}

const loaded = new Map<string, LazyExoticComponent<ComponentType<WorkspaceProps>>>();

function isComponent(value: unknown): value is ComponentType<WorkspaceProps> {
  return typeof value === 'function';
}

/** The role's workspace component, or null when the role has none or it is not part of this build. */
export function workspaceComponent(role: Role): LazyExoticComponent<ComponentType<WorkspaceProps>> | null {
  const ref = workspaceOf(role);
  if (ref === null) return null;
  const load = MODULES[ref.file];
  if (load === undefined) return null;
  let component = loaded.get(ref.file);
  if (component === undefined) {
    component = lazy(async () => {
      const module = await load();
      const found = module[ref.exportName];
      if (!isComponent(found)) throw new Error(`${ref.file} does not export ${ref.exportName}`);
      return { default: found };
    });
    loaded.set(ref.file, component);
  }
  return component;
}
