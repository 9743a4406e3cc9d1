// A local ESLint rule: a plugin imports only its own files, the contract package (cms/) and the
// platform's public entry (src/plugins/platform/server/src/kit). Never another plugin's files: the
// modules stay independent (each can be removed or replaced), and what they share goes through the kit.
import path from 'node:path';

const PLUGINS_DIR = path.join('src', 'plugins');
const PLATFORM_ENTRY = path.join(PLUGINS_DIR, 'platform', 'server', 'src', 'kit');

/** The plugin a path (relative to the repository root) belongs to, or null. */
function pluginOf(relativePath) {
  const parts = relativePath.split(path.sep);
  return parts[0] === 'src' && parts[1] === 'plugins' && parts[2] ? parts[2] : null;
}

/** Whether an import of `target` (relative to the root) from plugin `from` crosses into another plugin's insides. */
export function crossesPluginBoundary(from, target) {
  const owner = pluginOf(target);
  if (owner === null || owner === from) return false;
  const entry = target.replace(/\.(ts|tsx|js|mjs)$/, '').replace(/[\\/]index$/, '');
  return entry !== PLATFORM_ENTRY;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: "A plugin imports only its own files, cms/ and the platform's kit (src/plugins/platform/server/src/kit)" },
    schema: [],
    messages: {
      crossing:
        "'{{source}}' reaches into plugin '{{owner}}' from plugin '{{from}}'. Import only the platform's public entry (platform/server/src/kit) or the contract package (cms/); share through the kit.",
    },
  },
  create(context) {
    const root = context.cwd ?? process.cwd();
    const filename = path.relative(root, context.filename ?? context.getFilename());
    const from = pluginOf(filename);
    if (from === null) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.relative(root, path.resolve(path.dirname(path.resolve(root, filename)), source));
      if (crossesPluginBoundary(from, target)) {
        context.report({ node, messageId: 'crossing', data: { source, owner: pluginOf(target), from } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      // `import('...').Type` in a type position
      TSImportType: (node) => check(node, node.argument?.literal?.value ?? node.argument?.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') check(node, node.arguments[0].value);
      },
    };
  },
};

export default { meta: { name: 'mmso' }, rules: { 'plugin-boundaries': rule } };
