/** Compiles the Strapi app (TypeScript -> dist/) once for all API test files. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './paths';

export default function setup(): void {
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.json')], {
    cwd: root,
    stdio: 'inherit',
  });
}
