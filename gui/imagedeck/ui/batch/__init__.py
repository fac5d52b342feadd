"""Whole-catalogue work in the window: import review, Batch menu dialogs, the Jobs panel."""
