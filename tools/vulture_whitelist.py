"""Names the dead-code check (vulture, run by tests/test_code_health.py) cannot see used, each with
the reason it is alive. Vulture reads this file as code that uses them."""

# Fields of the typed boundary models: read from handed-in files by pydantic, by name.
_.game_version
_.schema_
_.means  # a fact's words for authors and the claims report
# Type aliases for those models' fields.
Whole
Count
# pygame reads it: the window's smallest size.
_.minimum_size
# The window's autoplay dispatches by scene name: `getattr(self, f"on_{scene.name}")`.
_.on_title, _.on_newgame, _.on_policies, _.on_menu, _.on_saves, _.on_outcome
_.on_message, _.on_question, _.on_debrief, _.on_whatif, _.on_whatif_options, _.on_turn
# The check for a teacher's scenario whose id is a bundled one's (catalog.clashes): kept for the
# validator and the scenario list, which report such clashes.
clashes
# The narrator's audit over many games, for authors (docs/authoring.md); tests use one game.
audit
