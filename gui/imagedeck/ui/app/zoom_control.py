"""Zoom: the tile size, from a status-bar slider and View → Zoom In / Zoom Out / Actual Size.

The size lives in Settings.thumbnail_size (bounded by MIN/MAX_THUMBNAIL_SIZE) and is saved
back, so the grid opens at the size the seller left it. A change relayouts at once (the
grid's uniform item sizes make that cheap even for 5,000 tiles) and tells the loader the new
decode size, which re-renders only the thumbnails that are no longer sharp: zooming out
keeps every picture, zooming in refetches only what is too small, visible tiles first.
A move to a screen with another device pixel ratio re-picks the decode size the same way.

Saving the setting and re-rendering wait until the slider rests (ZOOM_SETTLE_MS), so a drag
across the whole range costs one re-render, not thirty.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QSlider

from imagedeck.model.gallery import Gallery
from imagedeck.settings import (
    DEFAULT_THUMBNAIL_SIZE,
    MAX_THUMBNAIL_SIZE,
    MIN_THUMBNAIL_SIZE,
    load_settings,
    save_settings,
)
from imagedeck.ui.grid.thumbnail_grid import ThumbnailGrid
from imagedeck.ui.grid.thumbnail_loader import ThumbnailLoader, thumbnail_edge

ZOOM_STEP = 24
"""Pixels per Zoom In / Zoom Out: about one column more or less in a typical window."""
ZOOM_SETTLE_MS = 150
_SCREEN_EVENTS = (QEvent.Type.ScreenChangeInternal, QEvent.Type.DevicePixelRatioChange)


class ZoomControl(QObject):
    """Owns the slider (in `window`'s status bar) and the three actions (in `view_menu`)
    that size the tiles of `grid`; `loader` re-renders `gallery`'s thumbnails."""

    def __init__(
        self,
        window: QMainWindow,
        view_menu: QMenu,
        grid: ThumbnailGrid,
        loader: ThumbnailLoader,
        gallery: Gallery,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._grid = grid
        self._loader = loader
        self._gallery = gallery
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("zoom-slider")
        self.slider.setRange(MIN_THUMBNAIL_SIZE, MAX_THUMBNAIL_SIZE)
        self.slider.setSingleStep(8)
        self.slider.setPageStep(ZOOM_STEP)
        self.slider.setFixedWidth(140)
        self.slider.setToolTip(self.tr("Thumbnail size (Ctrl++ / Ctrl+- / Ctrl+0)"))
        self.label = QLabel()
        self.zoom_in = self._action(
            self.tr("Zoom &In"), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="]
        )
        self.zoom_out = self._action(self.tr("Zoom &Out"), [QKeySequence.StandardKey.ZoomOut])
        self.actual_size = self._action(self.tr("&Actual Size"), ["Ctrl+0"])
        self.zoom_in.triggered.connect(lambda: self.set_size(self.size + ZOOM_STEP))
        self.zoom_out.triggered.connect(lambda: self.set_size(self.size - ZOOM_STEP))
        self.actual_size.triggered.connect(lambda: self.set_size(DEFAULT_THUMBNAIL_SIZE))
        self._settle = QTimer(self, singleShot=True, interval=ZOOM_SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self.size = load_settings().thumbnail_size
        self.slider.setValue(self.size)
        self.slider.valueChanged.connect(self.set_size)
        window.statusBar().addPermanentWidget(QLabel(self.tr("Zoom")))
        window.statusBar().addPermanentWidget(self.slider)
        window.statusBar().addPermanentWidget(self.label)
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in, self.zoom_out, self.actual_size])
        window.installEventFilter(self)
        self._apply(render=True)

    @property
    def actions(self) -> list[QAction]:
        return [self.zoom_in, self.zoom_out, self.actual_size]

    def set_size(self, size: int) -> None:
        """Tiles of `size` logical pixels (clamped to the allowed range): laid out now,
        re-rendered and saved once the size rests."""
        size = max(MIN_THUMBNAIL_SIZE, min(MAX_THUMBNAIL_SIZE, int(size)))
        if size == self.size:
            return
        self.size = size
        self.slider.blockSignals(True)
        self.slider.setValue(size)
        self.slider.blockSignals(False)
        self._apply(render=False)
        self._settle.start()

    def apply_now(self) -> None:
        """Re-render and save without waiting for the size to rest (tests, scripts)."""
        self._settle.stop()
        self._settled()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _SCREEN_EVENTS:
            self._settle.start()  # new device pixel ratio: re-pick the decode size
        return False

    def _apply(self, *, render: bool) -> None:
        self._grid.set_tile_size(QSize(self.size, self.size))
        self.label.setText(self.tr("{size} px").format(size=self.size))
        self.zoom_in.setEnabled(self.size < MAX_THUMBNAIL_SIZE)
        self.zoom_out.setEnabled(self.size > MIN_THUMBNAIL_SIZE)
        if render:
            edge = thumbnail_edge(self._grid, self.size)
            self._loader.set_edge(edge, self._gallery.images)

    def flush(self) -> None:
        """The window is closing: save a size that is still settling now, so it is neither
        lost nor written later (after the window is gone) into whatever settings file is
        current then."""
        if self._settle.isActive():
            self._settle.stop()
            self._save_size()

    def _settled(self) -> None:
        self._apply(render=True)
        self._save_size()

    def _save_size(self) -> None:
        settings = load_settings()
        if settings.thumbnail_size != self.size:
            settings.thumbnail_size = self.size
            try:
                save_settings(settings)
            except OSError as error:
                self._window.statusBar().showMessage(
                    self.tr("Could not save the thumbnail size in the settings: {error}").format(
                        error=error
                    ),
                    8000,
                )

    def _action(self, text: str, shortcuts: list) -> QAction:
        action = QAction(text, self._window)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(
            self.tr("{command} ({shortcut})").format(
                command=text.replace("&", ""), shortcut=shortcut
            )
        )
        self._window.addAction(action)
        return action
