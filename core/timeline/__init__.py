"""The timeline: dated events from the resolved dates, and their exports."""
