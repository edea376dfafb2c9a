"""Words for what the simulation did: one narrator for the window, text mode and the reports.

The simulation records outcomes as typed data (ids, numbers, votes); this package turns them
into the sentences a player or a teacher reads, so that every front end says the same thing.
"""
