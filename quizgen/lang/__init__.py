"""Per-language rules for turning facts into questions."""
