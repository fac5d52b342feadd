"""Whole-catalogue work without Qt or HTTP of its own: matching photos to listings by file
name, planning imports and batch changes, the plan's figures. sync/jobs runs the plans."""
