extension Renamer {
  /// A function declaration to write at its only use, as token indices.
  struct InlinedFunction {
    var declaration: ClosedRange<Int>
    var name: Int32
    var use: Int32
    var binding: Int32
  }

  /// The candidate declarations (ScopeParser+Inlining.swift) whose name
  /// is used exactly once, as a plain reference, in the scope that
  /// declares it or a block inside it that declares nothing (so the
  /// function's free names mean the same there), not inside the
  /// function itself, and not where the parser ruled it out.
  static func inlinedFunctions(
    _ candidates: InliningCandidates, tree: ScopeTree
  ) -> [InlinedFunction] {
    let declarations = candidates.declarations
    guard !declarations.isEmpty else { return [] }

    // Each candidate's binding, from its name's occurrence; a binding
    // declared twice (`function f(){} function f(){}`) is not one.
    var candidateOfName: [Int32: Int] = [:]
    for (index, declaration) in declarations.enumerated() {
      candidateOfName[declaration.name] = index
    }
    var candidateOfBinding: [Int32: Int] = [:]
    var bindingOf = [Int32](repeating: -1, count: declarations.count)
    for occurrence in tree.occurrences {
      guard let index = candidateOfName[occurrence.token] else { continue }
      bindingOf[index] = occurrence.binding
      candidateOfBinding[occurrence.binding] =
        candidateOfBinding[occurrence.binding] == nil ? index : -1
    }

    // The other occurrences of each candidate's binding: one is wanted.
    var uses = [[Occurrence]](repeating: [], count: declarations.count)
    for occurrence in tree.occurrences {
      guard let index = candidateOfBinding[occurrence.binding], index >= 0,
        occurrence.token != declarations[index].name, uses[index].count < 2
      else { continue }
      uses[index].append(occurrence)
    }
    // That occurrence must be a reference, not another declaration.
    var useTokens = Set<Int32>()
    for list in uses where list.count == 1 { useTokens.insert(list[0].token) }
    var references = Set<Int32>()
    for reference in tree.references where useTokens.contains(reference.token) {
      references.insert(reference.token)
    }

    let excluded = Set(candidates.excludedUses)
    var hasBindings = [Bool](repeating: false, count: tree.scopes.count)
    for binding in tree.bindings { hasBindings[Int(binding.scope)] = true }

    var result: [InlinedFunction] = []
    for (index, declaration) in declarations.enumerated() {
      guard uses[index].count == 1, bindingOf[index] >= 0,
        candidateOfBinding[bindingOf[index]] == index
      else { continue }
      let use = uses[index][0]
      let binding = tree.bindings[Int(bindingOf[index])]
      let range = Int(declaration.first)...Int(declaration.last)
      guard use.form == .plain, references.contains(use.token),
        !binding.isFixed, binding.mergedInto < 0,
        !range.contains(Int(use.token)),
        !contains(candidates.repeatedUses, use.token),
        !excluded.contains(use.token)
      else { continue }

      // Only blocks that declare nothing between the use and the scope.
      var scope = use.scope
      while scope >= 0, scope != binding.scope {
        let kind = tree.scopes[Int(scope)].kind
        guard kind == .block, !hasBindings[Int(scope)] else { break }
        scope = tree.scopes[Int(scope)].parent
      }
      guard scope == binding.scope else { continue }
      result.append(
        InlinedFunction(
          declaration: range, name: declaration.name, use: use.token,
          binding: bindingOf[index]))
    }
    return result
  }

  /// Binary search in an ascending list.
  static func contains(_ sorted: [Int32], _ value: Int32) -> Bool {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low < sorted.count && sorted[low] == value
  }
}
