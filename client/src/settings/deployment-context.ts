import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Deployment } from '../../../shared/deployment.ts';

/** The deployment from the last `/config`, kept on the tablet; null until the first one arrives. */
export const DeploymentContext = createContext<Deployment | null>(null);

export function useDeployment(): Deployment | null {
  return useContext(DeploymentContext);
}
