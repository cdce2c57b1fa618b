"""Trainer tools without a window: a starter scenario, the translation workflow, what officers chose."""
