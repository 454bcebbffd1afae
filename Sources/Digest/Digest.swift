public enum PlaceholderDigest {}
