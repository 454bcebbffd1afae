// Differential check beside the fuzzer: for every input that acorn
// (node-acorn) parses, the minified output must parse to the same tree.
//
//   node differential.js SNOWPAK FILE|DIR...
//
// Each input is minified by `SNOWPAK minify` twice: with --no-mangle the
// trees must be equal (positions and raw spellings aside); with renaming
// they must be equal except for the names of plain identifiers (bindings
// and their uses), while property names must stay. Inputs acorn rejects
// are skipped: they have no tree to compare. Prints one JSON line per
// problem and a summary; exits 1 if there was any problem.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
let acorn;
try { acorn = require('acorn'); }
catch (e) { acorn = require('/usr/share/nodejs/acorn'); }

const [snowpak, ...inputs] = process.argv.slice(2);

function files(entry) {
  if (fs.statSync(entry).isDirectory()) {
    return fs.readdirSync(entry).sort()
      .flatMap((name) => files(path.join(entry, name)));
  }
  return [entry];
}

function parse(text, goal) {
  return acorn.parse(text, {
    ecmaVersion: 'latest', sourceType: goal, allowHashBang: true,
  });
}

// The tree as text without positions and spellings; with `renamed`,
// identifiers that are not property names lose their name too.
function canonical(tree, renamed) {
  const keep = new WeakSet();
  const mark = (node) => {
    if (!node || typeof node !== 'object') return;
    if ((node.type === 'MemberExpression' || node.type === 'PropertyDefinition'
        || node.type === 'MethodDefinition') && !node.computed
        && node.property) keep.add(node.property);
    if ((node.type === 'Property' || node.type === 'PropertyDefinition'
        || node.type === 'MethodDefinition') && !node.computed && node.key) {
      keep.add(node.key);
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(mark); else mark(value);
    }
  };
  if (renamed) mark(tree);
  return JSON.stringify(tree, function (key, value) {
    if (['start', 'end', 'loc', 'range', 'raw'].includes(key)) return undefined;
    if (renamed && key === 'shorthand') return undefined;
    if (key === 'directive') return true;
    if (typeof value === 'bigint') return value.toString() + 'n';
    if (value instanceof RegExp) return undefined;
    if (key === 'value' && value && typeof value === 'object'
        && 'cooked' in value) return value.cooked;
    if (renamed && value && value.type === 'Identifier' && !keep.has(value)) {
      return { type: 'Identifier' };
    }
    return value;
  });
}

function minify(file, goal, mangle) {
  const args = ['minify', file];
  if (goal === 'module') args.push('--module');
  if (!mangle) args.push('--no-mangle');
  try {
    return execFileSync(snowpak, args, { stdio: ['ignore', 'pipe', 'pipe'] })
      .toString('utf8');
  } catch (error) {
    return { error: String(error.stderr).split('\n')[0] };
  }
}

let checked = 0, skipped = 0, problems = 0;
for (const file of inputs.flatMap(files)) {
  const bytes = fs.readFileSync(file);
  const text = bytes.toString('utf8');
  // Not UTF-8: node would read U+FFFD where snowpak refuses the file, so
  // the two cannot be compared.
  if (!Buffer.from(text, 'utf8').equals(bytes)) { skipped++; continue; }
  let goal = null, tree;
  for (const candidate of ['script', 'module']) {
    try { tree = parse(text, candidate); goal = candidate; break; }
    catch (e) { /* not this goal */ }
  }
  if (!goal) { skipped++; continue; }
  checked++;
  for (const mangle of [false, true]) {
    const output = minify(file, goal, mangle);
    let problem = null;
    if (typeof output !== 'string') {
      problem = `snowpak refused what acorn accepts: ${output.error}`;
    } else {
      try {
        const after = parse(output, goal);
        if (canonical(tree, mangle) !== canonical(after, mangle)) {
          problem = 'the minified output parses to a different tree';
        }
      } catch (e) {
        problem = `acorn rejects the minified output: ${e.message}`;
      }
    }
    if (problem) {
      problems++;
      console.log(JSON.stringify({ file, goal, mangle, problem }));
    }
  }
}
console.log(JSON.stringify({ checked, skipped, problems }));
process.exit(problems ? 1 : 0);
