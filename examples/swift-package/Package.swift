// swift-tools-version:6.0
//
// A site written in Swift that builds its tracker with snowpak's command
// plugin. Depending on snowpak is all it takes; the plugin is run with
//
//     swift package --allow-writing-to-package-directory \
//       snowpak build --collector sp.example.com

import PackageDescription

let package = Package(
  name: "site",
  platforms: [.macOS(.v13)],
  dependencies: [
    // From a clone of snowpak; elsewhere, its git URL and a version.
    .package(path: "../.."),
  ],
  targets: [
    // Prints the loader tag for the tracker snowpak built.
    .executableTarget(name: "site"),
  ]
)
