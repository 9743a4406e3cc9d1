import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const eslint = new ESLint({ cwd: root });

/** The plugin-boundary problems ESLint reports for `code` as if it were the file `file`. */
async function crossings(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'mmso/plugin-boundaries').map((message) => message.message);
}

describe('lint rule mmso/plugin-boundaries', () => {
  it("refuses an import of another plugin's file, in every form", async () => {
    const file = 'src/plugins/registration/server/src/services/example.ts';
    const forms = [
      "import { viewerPasses } from '../../../../event-builder/server/src/domain/privacy';\nexport const used = viewerPasses;\n",
      "import type { JobRecord } from '../../../../platform/server/src/queue/types';\nexport type Used = JobRecord;\n",
      "export { EVENT_UID } from '../../../../event-builder/server/src/constants';\n",
      "export const load = () => import('../../../../engagement/server/src/constants');\n",
    ];
    for (const code of forms) {
      const found = await crossings(file, code);
      expect(found, code).toHaveLength(1);
      expect(found[0]).toContain('platform/server/src/kit');
    }
  });

  it("accepts the plugin's own files, the platform's kit and the contract package", async () => {
    const code = [
      "import { platform } from '../../../../platform/server/src/kit';",
      "import { PLUGIN_ID } from '../constants';",
      "import { redact } from '../../../../../../cms/src/redact';",
      'export const used = [platform, PLUGIN_ID, redact];',
      '',
    ].join('\n');
    expect(await crossings('src/plugins/registration/server/src/services/example.ts', code)).toEqual([]);
    expect(await crossings('src/plugins/platform/server/src/services/example.ts', "import type { JobRecord } from '../queue/types';\nexport type Used = JobRecord;\n")).toEqual([]);
  });

  it('applies to tests and admin code of a plugin too', async () => {
    const code = "import { CONSENT_UID } from '../../../../registration/server/src/constants';\nexport const used = CONSENT_UID;\n";
    expect(await crossings('src/plugins/event-builder/server/src/__tests__/example.api.test.ts', code)).toHaveLength(1);
    expect(await crossings('src/plugins/event-builder/admin/src/pages/Example.tsx', "import { PLUGIN_ID } from '../../../../engagement/server/src/constants';\nexport const used = PLUGIN_ID;\n")).toHaveLength(1);
  });
});
