// swift-tools-version:6.0
//
// snowpak: one module per pipeline stage. The folder listing reads as the
// architecture: lex JavaScript, minify it, digest it, turn it into assets,
// and drive all of that from the command line.

import PackageDescription

let package = Package(
  name: "snowpak",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "snowpak", targets: ["snowpak"]),
    .plugin(name: "SnowpakPlugin", targets: ["SnowpakPlugin"]),
  ],
  targets: [
    // Stage 1: ECMAScript 2024 lexical grammar over UTF-8 bytes.
    .target(name: "JSLexer"),

    // Stage 2: whitespace, comment and literal minification, renaming of
    // local names, and version 3 source maps.
    .target(name: "JSMinifier", dependencies: ["JSLexer"]),

    // Stage 3: SHA-2 and base64, written from FIPS 180-4 and RFC 4648.
    .target(name: "Digest"),

    // The system zlib, for the precompressed `.gz` copy.
    .systemLibrary(name: "CZlib", path: "Sources/CZlib"),

    // Stage 4: the build: sources, DEBUG regions, literal rewriting,
    // fingerprints, manifests and the output directory.
    .target(
      name: "AssetPipeline",
      dependencies: ["JSLexer", "JSMinifier", "Digest", "CZlib"]
    ),

    // The bundled tracker (tracker-src/), compiled into the binary.
    .target(name: "EmbeddedTracker", plugins: ["EmbedTrackerPlugin"]),
    .executableTarget(name: "embed-tracker"),
    .plugin(
      name: "EmbedTrackerPlugin",
      capability: .buildTool(),
      dependencies: ["embed-tracker"]
    ),

    // `snowpak serve`: a static file server and a local collector that
    // logs hits in CloudFront's access-log format. Foundation only.
    .target(name: "CollectorServer", dependencies: ["Digest", "AssetPipeline"]),

    // Stage 5: the command line. A library, so tests can drive it.
    .target(
      name: "SnowpakCLI",
      dependencies: ["AssetPipeline", "EmbeddedTracker", "CollectorServer"]
    ),
    .executableTarget(name: "snowpak", dependencies: ["SnowpakCLI"]),

    // `swift package snowpak …`: the command line, from SwiftPM.
    .plugin(
      name: "SnowpakPlugin",
      capability: .command(
        intent: .custom(
          verb: "snowpak",
          description: "Build the self-hosted tracker with snowpak"),
        permissions: [
          .writeToPackageDirectory(
            reason: "snowpak writes the tracker and its manifest into the "
              + "package's asset directory (public/assets by default)")
        ]),
      dependencies: ["snowpak"]
    ),

    // What the lexer's and the minifier's tests share: the acorn oracle
    // and the Debian corpus.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "JSLexerTests", dependencies: ["JSLexer", "TestSupport"]),
    .testTarget(
      name: "JSMinifierTests",
      dependencies: ["JSMinifier", "JSLexer", "TestSupport"]
    ),
    .testTarget(name: "DigestTests", dependencies: ["Digest"]),
    .testTarget(
      name: "AssetPipelineTests",
      dependencies: ["AssetPipeline", "EmbeddedTracker"]
    ),
    .testTarget(name: "CollectorServerTests", dependencies: ["CollectorServer"]),
    .testTarget(
      name: "SnowpakCLITests",
      dependencies: ["SnowpakCLI", "snowpak", "TestSupport"]
    ),
    .testTarget(
      name: "RobustnessTests",
      dependencies: ["JSLexer", "JSMinifier", "snowpak", "TestSupport"],
      exclude: ["Corpus"]
    ),
    .testTarget(
      name: "TrackerTests",
      dependencies: ["EmbeddedTracker", "snowpak"],
      exclude: ["Support"]
    ),
    // The examples/ folder, run as a new user would run each one.
    .testTarget(
      name: "ExamplesTests",
      dependencies: ["snowpak", "TestSupport"],
      exclude: ["Support"]
    ),
  ]
)
