"""Whole-catalogue jobs: the store of their plans, the steps per listing, the runner."""
