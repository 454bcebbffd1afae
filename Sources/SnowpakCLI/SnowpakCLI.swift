public enum SnowpakCLI { public static func main() -> Int32 { 0 } }
