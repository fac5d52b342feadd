"""The Qt helpers every room of ui/ uses: translated texts, the theme, the catalogues, the GUI
thread's marketplace clients, shortcut areas and tips, the inline message.

It sits below the rooms and imports none of them, so the rooms form a graph without cycles
(app composes the others; details, dialogs and browser may use grid; all may use common).
"""
