"""The rule language: schema, loader with file:line:col errors, and the planning engine."""
