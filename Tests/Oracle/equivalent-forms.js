// Forms the minifier writes differently that mean the same program, but
// that acorn parses to different trees. `normalize` rewrites a tree, in
// place, into one spelling of each, and is applied to both trees before
// they are compared:
//
// - A block of one statement that is the body of if/else, a loop, `with`
//   or a label is that statement: `if (a) { b() }` ⇒ `if(a)b()`. Other
//   blocks (function bodies, try, plain blocks) are left alone.
// - `!0` is `true` and `!1` is `false`.
// - Consecutive `var` statements of a list are one: `var a;var b` is
//   `var a,b`.
// - A string property key spelling an identifier name is that name:
//   `{"a": 1}` is `{a:1}`.
// - In a statement list, `if (a) return; else b()` is
//   `if (a) return; b()`: an `else` after a consequent that never
//   completes normally (a jump, or a block ending in one); the braces
//   of a one-statement alternate go with it.
// - An expression statement of a comma expression is its operands as
//   consecutive statements: `a(),b()` is `a();b()`, in a list or as a
//   body (a body of several is a block of them, so `if(a)b(),c()` is
//   `if(a){b();c()}`).
// - A non-empty block in a statement list that declares nothing itself
//   (no let, const, class or function) and does not start with a string
//   is its statements: `{a();b()}c()` is `a();b();c()`.
// - `a["b"]` is `a.b` when "b" spells an identifier name.
// - String literals next to each other in a chain of `+` are one:
//   `"a"+"b"+c` is `"ab"+c`, `c+"a"+"b"` is `c+"ab"`.
// - `typeof a>"u"` is `typeof a==="undefined"` (`<` is `!==`, and the
//   same with the string on the left).
// - `void 0` is `undefined`.
//
// Given the source text, `normalize` first writes each function declared
// in a function body and used once at that use (inlined-functions.js).
'use strict';

const { inlineInTree } = require(__dirname + '/inlined-functions.js');

const bodies = {
  IfStatement: ['consequent', 'alternate'],
  ForStatement: ['body'], ForInStatement: ['body'], ForOfStatement: ['body'],
  WhileStatement: ['body'], DoWhileStatement: ['body'],
  WithStatement: ['body'], LabeledStatement: ['body'],
};

function booleanOf(node) {
  if (node && node.type === 'UnaryExpression' && node.operator === '!'
      && node.argument.type === 'Literal'
      && (node.argument.value === 0 || node.argument.value === 1)) {
    return { type: 'Literal', value: node.argument.value === 0 };
  }
  return node;
}

const keyed = new Set(['Property', 'MethodDefinition', 'PropertyDefinition']);

function unquoteKey(node) {
  if (keyed.has(node.type) && !node.computed && node.key
      && node.key.type === 'Literal' && typeof node.key.value === 'string'
      && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(node.key.value)) {
    node.key = { type: 'Identifier', name: node.key.value };
  }
}

function exits(statement) {
  if (!statement) return false;
  switch (statement.type) {
    case 'ReturnStatement': case 'ThrowStatement':
    case 'BreakStatement': case 'ContinueStatement':
      return true;
    case 'BlockStatement':
      return exits(statement.body[statement.body.length - 1]);
    case 'IfStatement':
      return exits(statement.consequent) && exits(statement.alternate);
  }
  return false;
}

function splits(statement) {
  return statement && statement.type === 'IfStatement'
    && statement.alternate && exits(statement.consequent);
}

// `if (a) return; else b` as `if (a) return; b`, in a list. A block of
// one statement as alternate goes too, unless that statement splits in
// turn (then the block holds two).
function splitElses(list) {
  const split = [];
  for (let item of list) {
    while (splits(item)) {
      const alternate = item.alternate;
      split.push(Object.assign({}, item, { alternate: null }));
      item = alternate.type === 'BlockStatement' && alternate.body.length === 1
        && !splits(alternate.body[0]) ? alternate.body[0] : alternate;
    }
    split.push(item);
  }
  return split;
}

// The operands of a comma expression, nested ones flattened.
function operands(expression, into) {
  if (expression.type === 'SequenceExpression') {
    for (const operand of expression.expressions) operands(operand, into);
  } else {
    into.push(expression);
  }
  return into;
}

function isSequenceStatement(node) {
  return node && node.type === 'ExpressionStatement'
    && node.expression.type === 'SequenceExpression';
}

// `a,b;` as `a;b;`.
function splitSequence(statement) {
  return operands(statement.expression, []).map(
    (expression) => ({ type: 'ExpressionStatement', expression }));
}

function splitSequences(list) {
  const split = [];
  for (const item of list) {
    if (isSequenceStatement(item)) split.push(...splitSequence(item));
    else split.push(item);
  }
  return split;
}

function joinVars(list) {
  const joined = [];
  for (const item of list) {
    const last = joined[joined.length - 1];
    if (item && last && item.type === 'VariableDeclaration'
        && last.type === 'VariableDeclaration'
        && item.kind === 'var' && last.kind === 'var') {
      joined[joined.length - 1] = Object.assign({}, last,
        { declarations: last.declarations.concat(item.declarations) });
    } else {
      joined.push(item);
    }
  }
  return joined;
}

const declarations = new Set(['FunctionDeclaration', 'ClassDeclaration']);

function declaresNothing(block) {
  return block.body.every((item) => !declarations.has(item.type)
    && !(item.type === 'VariableDeclaration' && item.kind !== 'var'));
}

function startsWithString(block) {
  const first = block.body[0];
  return first.type === 'ExpressionStatement'
    && first.expression.type === 'Literal'
    && typeof first.expression.value === 'string';
}

// `{a();b()}c()` as `a();b();c()`.
function flattenBlocks(list) {
  const flat = [];
  for (const item of list) {
    if (item && item.type === 'BlockStatement' && item.body.length > 0
        && declaresNothing(item) && !startsWithString(item)) {
      flat.push(...flattenBlocks(item.body));
    } else {
      flat.push(item);
    }
  }
  return flat;
}

const isString = (node) => node && node.type === 'Literal'
  && typeof node.value === 'string';

const isTypeof = (node) => node && node.type === 'UnaryExpression'
  && node.operator === 'typeof';

// One spelling of the forms of ScopeParser+Literals.swift; the node's
// children are already normalized.
function literalForm(node) {
  if (node.type === 'MemberExpression' && node.computed
      && isString(node.property)
      && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(node.property.value)) {
    node.computed = false;
    node.property = { type: 'Identifier', name: node.property.value };
  }
  if (node.type === 'UnaryExpression' && node.operator === 'void'
      && node.argument.type === 'Literal' && node.argument.value === 0) {
    return { type: 'Identifier', name: 'undefined' };
  }
  if (node.type === 'BinaryExpression' && node.operator === '+'
      && isString(node.right)) {
    if (isString(node.left)) {
      return { type: 'Literal', value: node.left.value + node.right.value };
    }
    if (node.left.type === 'BinaryExpression' && node.left.operator === '+'
        && isString(node.left.right)) {
      return Object.assign({}, node, { left: node.left.left, right: {
        type: 'Literal', value: node.left.right.value + node.right.value } });
    }
  }
  if (node.type === 'BinaryExpression') {
    const shortened = { '>': '===', '<': '!==' };
    const mirrored = { '<': '===', '>': '!==' };
    if (isTypeof(node.left) && isString(node.right)
        && node.right.value === 'u' && shortened[node.operator]) {
      return Object.assign({}, node, { operator: shortened[node.operator],
        right: { type: 'Literal', value: 'undefined' } });
    }
    if (isTypeof(node.right) && isString(node.left)
        && node.left.value === 'u' && mirrored[node.operator]) {
      return Object.assign({}, node, { operator: mirrored[node.operator],
        left: { type: 'Literal', value: 'undefined' } });
    }
    if (node.operator === '==' || node.operator === '!=') {
      const typeofTest = (isTypeof(node.left) && isString(node.right)
        && node.right.value === 'undefined') || (isTypeof(node.right)
        && isString(node.left) && node.left.value === 'undefined');
      if (typeofTest) node.operator += '=';
    }
  }
  return node;
}

// `tree` in one spelling of each form; `code`, its source text, lets it
// move single-use function declarations too (`module`: parsed as one).
function normalizeProgram(tree, code, module) {
  if (typeof code === 'string') inlineInTree(tree, code, !!module);
  return normalize(tree);
}

// Children first: a body's block is unwrapped after its own statements
// were joined (`if(a){var b;var c}` is `if(a)var b,c`).
function normalize(node) {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) {
    // Dropping an else can leave a block to flatten, and flattening an
    // else to drop: repeat until neither changes the list.
    let list = node.map(booleanOf);
    for (let count = -1; count !== list.length;) {
      count = list.length;
      list = flattenBlocks(splitSequences(splitElses(list)));
    }
    list = joinVars(list);
    list.forEach(normalize);
    const rewritten = list.map((item) => item && typeof item === 'object'
      && typeof item.type === 'string' ? literalForm(item) : item);
    node.splice(0, node.length, ...joinVars(flattenBlocks(rewritten)));
    return node;
  }
  unquoteKey(node);
  for (const key of Object.keys(node)) {
    const value = booleanOf(node[key]);
    node[key] = value;
    if (value !== null && typeof value === 'object'
        && !(value instanceof RegExp)) {
      normalize(value);
      if (!Array.isArray(value) && typeof value.type === 'string') {
        node[key] = literalForm(value);
      }
    }
  }
  for (const key of bodies[node.type] || []) {
    if (isSequenceStatement(node[key])) {
      node[key] = { type: 'BlockStatement', body: splitSequence(node[key]) };
      normalize(node[key]);
    }
    while (node[key] && node[key].type === 'BlockStatement'
        && node[key].body.length === 1) {
      node[key] = node[key].body[0];
    }
  }
  return node;
}

module.exports = { normalize: normalizeProgram };
