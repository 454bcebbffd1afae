/// Every scope and binding of a program, built by `ScopeParser`, and the
/// resolution of each name use to the binding it denotes.
///
/// Scopes are stored in creation order, so a parent always comes before
/// its children: one forward pass visits the tree top-down.
struct ScopeTree {
  var scopes: [Scope] = []
  var bindings: [Binding] = []
  var occurrences: [Occurrence] = []
  /// Where the occurrences of uses begin, after those of declarations
  /// (set by `resolve`).
  var firstReference = 0
  var references: [Reference] = []
  /// Names used somewhere without a binding: globals, which keep their
  /// names and must never be chosen as a new name.
  var freeNames: Set<Int32> = []
  /// Declared names: (scope, name) ⇒ binding.
  var declared = DeclaredNames()

  /// Adds a scope under `parent` (-1 for the root) and returns its index.
  mutating func addScope(_ kind: Scope.Kind, parent: Int32, strict: Bool)
    -> Int32
  {
    scopes.append(Scope(kind: kind, parent: parent, isStrict: strict))
    return Int32(scopes.count - 1)
  }

  /// The binding `binding` stands for after merges.
  func representative(of binding: Int32) -> Int32 {
    var current = binding
    while bindings[Int(current)].mergedInto >= 0 {
      current = bindings[Int(current)].mergedInto
    }
    return current
  }

  // MARK: Declarations

  /// A binding owned by `scope`, or the one already declared there under
  /// the same name (`var a; var a`, sloppy duplicate parameters).
  mutating func declare(_ name: Int32, in scope: Int32, lexical: Bool)
    -> Int32
  {
    if let existing = declared[scope, name] {
      if lexical { bindings[Int(existing)].isLexical = true }
      return existing
    }
    let binding = Int32(bindings.count)
    bindings.append(Binding(name: name, scope: scope, isLexical: lexical))
    declared.insert(scope: scope, name: name, binding: binding)
    return binding
  }

  /// The binding a `var` (or a function declared at function level)
  /// declares: the nearest function body, module or global scope, or the
  /// parameter of that name.
  ///
  ///     function f(a) { var a }        one binding: the parameter
  ///     try {} catch (e) { var e = 1 } the initializer assigns the catch
  ///                                    parameter (Annex B.3.4): merged
  mutating func declareVar(_ name: Int32, from scope: Int32) -> Int32 {
    var current = scope
    var catchBindings: [Int32] = []
    while !scopes[Int(current)].isVarTarget {
      if scopes[Int(current)].kind == .catchClause,
        let parameter = declared[current, name]
      {
        catchBindings.append(parameter)
      }
      current = scopes[Int(current)].parent
    }

    let binding = varBinding(name, in: current)
    for parameter in catchBindings { merge(parameter, into: binding) }
    return binding
  }

  /// A function declared in a block. In sloppy code it is also a `var` of
  /// the enclosing function unless a `let`/`const`/`class` of that name
  /// stands in between (Annex B.3.3); the two are one variable for us.
  mutating func declareBlockFunction(_ name: Int32, in scope: Int32)
    -> Int32
  {
    let local = declare(name, in: scope, lexical: scopes[Int(scope)].isStrict)
    guard !scopes[Int(scope)].isStrict else { return local }

    var current = scopes[Int(scope)].parent
    while true {
      if let other = declared[current, name],
        bindings[Int(other)].isLexical
      {
        return local
      }
      if scopes[Int(current)].isVarTarget { break }
      current = scopes[Int(current)].parent
    }
    let hoisted = varBinding(name, in: current)
    merge(local, into: hoisted)
    return local
  }

  /// The var binding of `name` in the var target `scope`.
  private mutating func varBinding(_ name: Int32, in scope: Int32) -> Int32 {
    let target = scopes[Int(scope)]
    if declared[scope, name] == nil, target.kind == .functionBody,
      target.parent >= 0,
      scopes[Int(target.parent)].kind == .parameters,
      let parameter = declared[target.parent, name]
    {
      return parameter
    }
    return declare(name, in: scope, lexical: false)
  }

  private mutating func merge(_ binding: Int32, into target: Int32) {
    let from = representative(of: binding)
    let to = representative(of: target)
    if from != to { bindings[Int(from)].mergedInto = to }
  }

  // MARK: Resolution

  /// Resolves every reference, then fixes the bindings that must keep
  /// their names. Each reference walks up its scope chain once: the cost
  /// is the nesting depth per use, never a rescan of the program.
  mutating func resolve(fixedName: (Int32) -> Bool) {
    // Bindings of scopes a direct eval can see, up to the root.
    for index in scopes.indices where scopes[index].hasDirectEval {
      var current = scopes[index].parent
      while current >= 0, !scopes[Int(current)].hasDirectEval {
        scopes[Int(current)].hasDirectEval = true
        current = scopes[Int(current)].parent
      }
    }
    for index in bindings.indices where !bindings[index].isLabel {
      let scope = scopes[Int(bindings[index].scope)]
      if scope.hasDirectEval || scope.kind == .global
        || fixedName(bindings[index].name)
      {
        bindings[index].isFixed = true
      }
    }

    // Each use: the innermost binding of its name, else a global. A use
    // inside `with` may denote a property, so its binding keeps its name.
    firstReference = occurrences.count
    occurrences.reserveCapacity(occurrences.count + references.count)
    for reference in references {
      var current = reference.scope
      var throughWith = false
      var found: Int32 = -1
      while current >= 0 {
        if let binding = declared[current, reference.name] {
          found = binding
          break
        }
        if scopes[Int(current)].kind == .with { throughWith = true }
        current = scopes[Int(current)].parent
      }
      if found < 0 {
        freeNames.insert(reference.name)
        continue
      }
      if throughWith { bindings[Int(found)].isFixed = true }
      occurrences.append(
        Occurrence(
          token: reference.token, binding: found, scope: reference.scope,
          form: reference.form))
    }

    // Merged bindings share their fate; then count uses.
    for index in bindings.indices where bindings[index].mergedInto >= 0 {
      if bindings[index].isFixed {
        bindings[Int(representative(of: Int32(index)))].isFixed = true
      }
    }
    for index in occurrences.indices {
      let binding = representative(of: occurrences[index].binding)
      occurrences[index].binding = binding
      bindings[Int(binding)].uses += 1
    }
  }
}
