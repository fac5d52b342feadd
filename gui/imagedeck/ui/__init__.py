"""Everything that imports Qt, in rooms (app, grid, details, browser, dialogs, workers) above
a shared common/; see ARCHITECTURE.md."""
