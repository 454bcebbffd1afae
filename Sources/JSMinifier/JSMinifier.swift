public enum PlaceholderJSMinifier {}
