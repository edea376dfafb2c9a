"""The rules of the game: state, conditions, effects, events, the removal vote, endings.

Pure Python and deterministic for a seed. Nothing here imports pygame.
"""
