// Reference checks with acorn (node-acorn), run by the Swift tests.
//
//   node acorn-oracle.js classify LIST.json  -> [{path, goal, error}]
//     LIST: [path...]. goal is "script", "module" or "rejected".
//   node acorn-oracle.js compare PAIRS.json  -> [{path, problem}]
//     PAIRS: [{original, minified, goal}]; compares syntax trees with
//     positions and raw text ignored, and forms the minifier respells
//     taken as the same (equivalent-forms.js: `if(a){b()}` is
//     `if(a)b()`, `!0` is `true`).
//   node acorn-oracle.js v8 PAIRS.json       -> [{path, problem}]
//     both files of each pair compile under V8 (node's own parser).
//   node acorn-oracle.js tokens DUMP.json    -> [{path, problem}]
//     DUMP: [{path, goal, tokens: [[kind, text, value?]]}]; compares
//     with acorn's tokenizer.
//   node acorn-oracle.js sourcemap CHECK.json -> [{path, problem}]
//     CHECK: [{original, minified, map}]: every identifier and literal of
//     the output must map back to the same text in the original.
'use strict';
const fs = require('fs');
let acorn;
try { acorn = require('acorn'); }
catch (e) { acorn = require('/usr/share/nodejs/acorn'); }

const { normalize } = require(__dirname + '/equivalent-forms.js');

const [mode, listPath] = process.argv.slice(2);
const input = JSON.parse(fs.readFileSync(listPath, 'utf8'));

function parse(text, goal) {
  return acorn.parse(text, {
    ecmaVersion: 'latest', sourceType: goal, allowHashBang: true,
  });
}

// The tree without positions, raw spellings and regex objects.
function canonical(tree) {
  return JSON.stringify(tree, (key, value) => {
    if (key === 'start' || key === 'end' || key === 'loc' || key === 'range'
        || key === 'raw') return undefined;
    if (key === 'directive') return true;
    if (typeof value === 'bigint') return value.toString() + 'n';
    if (value instanceof RegExp) return undefined;
    if (key === 'value' && value && typeof value === 'object'
        && 'cooked' in value) return value.cooked;
    return value;
  });
}

const results = [];
if (mode === 'classify') {
  for (const path of input) {
    const text = fs.readFileSync(path, 'utf8');
    let goal = 'rejected', error = null;
    for (const candidate of ['script', 'module']) {
      try { parse(text, candidate); goal = candidate; break; }
      catch (e) { if (!error) error = e.message; }
    }
    results.push({ path, goal, error: goal === 'rejected' ? error : null });
  }
} else if (mode === 'compare') {
  for (const { original, minified, goal } of input) {
    let before, after;
    try {
      const text = fs.readFileSync(original, 'utf8');
      before = canonical(normalize(parse(text, goal), text, goal === 'module'));
    } catch (e) {
      results.push({ path: original, problem: 'input does not parse: '
        + e.message });
      continue;
    }
    try {
      const text = fs.readFileSync(minified, 'utf8');
      after = canonical(normalize(parse(text, goal), text, goal === 'module'));
    } catch (e) {
      results.push({ path: original, problem: 'output does not parse: '
        + e.message });
      continue;
    }
    if (before !== after) {
      let i = 0;
      while (before[i] === after[i]) i++;
      results.push({ path: original, problem: 'trees differ near: '
        + before.slice(Math.max(0, i - 120), i + 80) + '\n  output: '
        + after.slice(Math.max(0, i - 120), i + 80) });
    }
  }
} else if (mode === 'v8') {
  // [{original, minified}]: both must compile as script bodies under V8.
  for (const { original, minified } of input) {
    for (const path of [original, minified]) {
      try { new Function(fs.readFileSync(path, 'utf8')); }
      catch (e) { results.push({ path, problem: e.message }); }
    }
  }
} else if (mode === 'tokens') {
  for (const { path, goal, tokens } of input) {
    const text = fs.readFileSync(path, 'utf8');
    const theirs = acornTokens(text, goal);
    const count = Math.max(theirs.length, tokens.length);
    for (let i = 0; i < count; i++) {
      const a = theirs[i], b = tokens[i];
      if (!a || !b || a[0] !== b[0] || a[1] !== b[1]
          || (a.length > 2 && b.length > 2 && a[2] !== b[2])) {
        results.push({ path, problem: `token ${i}: acorn ${JSON.stringify(a)}`
          + ` ours ${JSON.stringify(b)}` });
        break;
      }
    }
  }
} else if (mode === 'sourcemap') {
  const { SourceMap } = require('module');
  for (const { originals, minified, map } of input) {
    const out = fs.readFileSync(minified, 'utf8');
    const sourceMap = new SourceMap(JSON.parse(fs.readFileSync(map, 'utf8')));
    const texts = {};
    for (const [name, path] of Object.entries(originals)) {
      texts[name] = fs.readFileSync(path, 'utf8').split(/\r\n|[\n\r\u2028\u2029]/);
    }
    const lines = out.split('\n');
    let checked = 0, problem = null;
    for (const token of acorn.tokenizer(out, { ecmaVersion: 'latest' })) {
      const label = token.type.label;
      if (!['name', 'string', 'num', 'regexp'].includes(label)) continue;
      const text = out.slice(token.start, token.end);
      const before = out.slice(0, token.start).split('\n');
      const line = before.length - 1, column = before[line].length;
      const entry = sourceMap.findEntry(line, column);
      if (!entry || entry.generatedLine !== line
          || entry.generatedColumn !== column) {
        problem = `no mapping for ${text} at ${line}:${column}`; break;
      }
      const source = texts[entry.originalSource];
      const origLine = source && source[entry.originalLine];
      const found = origLine && origLine.slice(entry.originalColumn);
      // Literals may be respelled: compare identifiers exactly, literals
      // by how they start (a quote, a digit or dot, a slash).
      const starts = { string: /^["']/, num: /^[0-9.]/, regexp: /^\// };
      const same = label === 'name' ? found && found.startsWith(text)
        : found && starts[label].test(found);
      if (!same) {
        problem = `${text} at ${line}:${column} maps to `
          + `${entry.originalSource}:${entry.originalLine}:${entry.originalColumn}`
          + ` ${JSON.stringify(found && found.slice(0, 20))}`;
        break;
      }
      checked++;
    }
    results.push({ path: minified, problem, checked });
  }
}

// acorn's tokens as [kind, text, value?]; template pieces merged the way
// our lexer cuts them (`a${ , }b${ , }c`).
function acornTokens(text, goal) {
  const raw = [...acorn.tokenizer(text, {
    ecmaVersion: 'latest', sourceType: goal, allowHashBang: true,
  })];
  const out = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i], label = t.type.label;
    const next = raw[i + 1];
    const isTemplateText = (tok) => tok && (tok.type.label === 'template'
      || tok.type.label === 'invalidTemplate');
    if (label === '`' || (label === '}' && isTemplateText(next))) {
      const end = raw[i + 2];
      out.push(['template', text.slice(t.start, end.end)]);
      i += 2;
      continue;
    }
    let kind;
    if (label === 'name' || t.type.keyword) kind = 'word';
    else if (label === 'string') kind = 'string';
    else if (label === 'num') kind = 'number';
    else if (label === 'regexp') kind = 'regexp';
    else if (label === 'privateId') kind = 'private';
    else kind = 'punctuator';
    const entry = [kind, text.slice(t.start, t.end)];
    if (kind === 'string') entry.push(t.value);
    out.push(entry);
  }
  return out;
}

process.stdout.write(JSON.stringify(results));
