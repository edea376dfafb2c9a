"""Run records, reports, the class report and what-if replays."""
