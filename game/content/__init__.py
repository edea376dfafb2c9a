"""Scenario files: their format (pydantic models), the safe loader, the linter, the sources."""
