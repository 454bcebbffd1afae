// swift-tools-version:6.0
//
// The libFuzzer harness for the lexer and the minifier, kept out of the
// main package so that `swift build` and `swift test` there never see
// the sanitizer flags. Sources/JSLexer and Sources/JSMinifier here are
// symbolic links to the main package's modules, so the fuzzer always runs
// the code on this branch, instrumented for coverage.
//
//     cd Fuzz && swift build -c release
//     .build/release/snowpak-fuzz -max_total_time=120 corpus seeds
//
// See README.md for a long session.

import PackageDescription

// Coverage instrumentation and AddressSanitizer in every module: the
// lexer reads through unsafe buffer pointers, which release builds do not
// bounds-check.
let fuzzing: [SwiftSetting] = [
  .unsafeFlags(["-sanitize=fuzzer,address"])
]

let package = Package(
  name: "snowpak-fuzz",
  targets: [
    .target(name: "JSLexer", swiftSettings: fuzzing),
    .target(
      name: "JSMinifier", dependencies: ["JSLexer"],
      swiftSettings: fuzzing),
    .target(name: "LibFuzzer"),
    .executableTarget(
      name: "snowpak-fuzz",
      dependencies: ["JSLexer", "JSMinifier", "LibFuzzer"],
      swiftSettings: fuzzing,
      linkerSettings: [
        .unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])
      ]),
  ]
)
