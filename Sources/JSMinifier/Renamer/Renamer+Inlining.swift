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
    var candidateOfBinding = [Int32](repeating: -1, count: tree.bindings.count)
    var bindingOf = [Int32](repeating: -1, count: declarations.count)
    for (index, declaration) in declarations.enumerated() {
      let binding = tree.occurrences[Int(declaration.occurrence)].binding
      bindingOf[index] = binding
      candidateOfBinding[Int(binding)] =
        candidateOfBinding[Int(binding)] == -1 ? Int32(index) : -2
    }

    // The other occurrences of each candidate's binding: one is wanted,
    // a use (uses come after all declarations in `occurrences`).
    var uses = [[Occurrence]](repeating: [], count: declarations.count)
    var isUse = [Bool](repeating: false, count: declarations.count)
    for (position, occurrence) in tree.occurrences.enumerated() {
      let index = Int(candidateOfBinding[Int(occurrence.binding)])
      guard index >= 0, occurrence.token != declarations[index].name,
        uses[index].count < 2
      else { continue }
      uses[index].append(occurrence)
      isUse[index] = position >= tree.firstReference
    }

    // Uses the parser ruled out: a sorted list of the candidates' uses,
    // looked up for each.
    var useTokens: [Int32] = []
    for list in uses where list.count == 1 { useTokens.append(list[0].token) }
    useTokens.sort()
    var isExcluded = [Bool](repeating: false, count: useTokens.count)
    for token in candidates.excludedUses {
      if let found = position(of: token, in: useTokens) { isExcluded[found] = true }
    }

    var hasBindings = [Bool](repeating: false, count: tree.scopes.count)
    for binding in tree.bindings { hasBindings[Int(binding.scope)] = true }

    var result: [InlinedFunction] = []
    for (index, declaration) in declarations.enumerated() {
      guard uses[index].count == 1, isUse[index],
        candidateOfBinding[Int(bindingOf[index])] == index
      else { continue }
      let use = uses[index][0]
      let binding = tree.bindings[Int(bindingOf[index])]
      let range = Int(declaration.first)...Int(declaration.last)
      guard use.form == .plain, !binding.isFixed, binding.mergedInto < 0,
        !range.contains(Int(use.token)),
        position(of: use.token, in: candidates.repeatedUses) == nil,
        let listed = position(of: use.token, in: useTokens), !isExcluded[listed]
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

  /// Where `value` is in the ascending list `sorted`, by binary search.
  static func position(of value: Int32, in sorted: [Int32]) -> Int? {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low < sorted.count && sorted[low] == value ? low : nil
  }
}
