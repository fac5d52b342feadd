"""The status bar's one message area: an error outranks a passing message, and a long
error can be expanded in place.

Before, the bar had two places for text: QStatusBar's own temporary message
(`showMessage`) and a red error label beside it. Each part of the window wrote to one of
them, so "Adding 1 image…" was drawn over the red 30-image-limit error, and a long error
was cut off with its full text only in a tooltip that ran off the screen. Now every text
arrives here, by clear precedence:

1. an error (red) stays until the next success clears it or the seller dismisses it (✕);
   while it is shown, passing messages wait behind it and appear when it goes;
2. a passing message (`showMessage`, e.g. a save's progress or "Uploads finished.") is shown
   for its time.

The bar's `showMessage` keeps working for every caller (and for Qt's own status tips):
`install_message_area` forwards the bar's temporary message here and stops the bar from
painting it itself. A long error shows its first line and a "More" button; "More" shows it whole,
wrapped, and the bar grows to fit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStatusBar,
    QToolButton,
    QWidget,
)

from imagedeck.ui.common.theme import label_style


class MessageArea(QWidget):
    """The one place the status bar shows text; see the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._error = ""
        self._passing = ""
        self._expanded = False
        self.label = QLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setMinimumWidth(80)
        # The label takes the width it is given (elided to it), never what its text wants.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.more = QToolButton()
        self.more.setAutoRaise(True)
        self.more.clicked.connect(self.toggle_expanded)
        self.dismiss = QToolButton()
        self.dismiss.setAutoRaise(True)
        self.dismiss.setText("✕")
        self.dismiss.setToolTip(self.tr("Dismiss this message"))
        self.dismiss.setAccessibleName(self.tr("Dismiss this message"))
        self.dismiss.clicked.connect(self.clear_error)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.label.installEventFilter(self)
        self._render()

    # -- input ---------------------------------------------------------------------------
    @property
    def error(self) -> str:
        return self._error

    @property
    def shown(self) -> str:
        """The text the seller sees now (the whole of it, also when collapsed)."""
        return self._error or self._passing

    def show_error(self, message: str) -> None:
        """A lasting red message; "" clears it (the passing one, if any, shows again)."""
        self._error = message
        self._expanded = False
        self._render()

    def clear_error(self) -> None:
        self.show_error("")

    def show_passing(self, message: str) -> None:
        """The bar's temporary message changed (QStatusBar.messageChanged)."""
        self._passing = message
        self._render()

    def toggle_expanded(self) -> None:
        self._expanded = not self._expanded
        self._render()

    @property
    def expanded(self) -> bool:
        return self._expanded

    # -- drawing -------------------------------------------------------------------------
    def _render(self) -> None:
        text = self.shown
        is_error = bool(self._error)
        self.label.setStyleSheet(label_style("error") if is_error else "")
        long = is_error and self._too_long(text)
        self.more.setVisible(long)
        self.more.setText(self.tr("Less") if self._expanded else self.tr("More…"))
        self.more.setToolTip(
            self.tr("Show the whole message") if not self._expanded else self.tr("Show one line")
        )
        self.dismiss.setVisible(is_error)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the buttons take their room before the text is elided
        self.label.setWordWrap(self._expanded and long)
        self.label.setText(self._elided(text) if long and not self._expanded else text)
        self.label.setToolTip("")
        self.updateGeometry()

    def _width(self) -> int:
        return max(80, self.label.contentsRect().width() - 4)

    def _elided(self, text: str) -> str:
        first = text.splitlines()[0] if text else ""
        return self.label.fontMetrics().elidedText(
            first, Qt.TextElideMode.ElideRight, self._width()
        )

    def _too_long(self, text: str) -> bool:
        return "\n" in text or self.label.fontMetrics().horizontalAdvance(text) > self._width()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        resized = watched is self.label and event.type() == QEvent.Type.Resize
        if resized and self._error and not self._expanded:
            self.label.setText(self._elided(self._error))  # elide to the new width
        return False


def install_message_area(bar: QStatusBar) -> MessageArea:
    """Give `bar` its one message area: the bar's temporary messages (`showMessage`, Qt's
    status tips) appear in it by precedence, and the bar no longer paints them itself
    (drawn under the area's text they overlapped it)."""
    area = MessageArea(bar)
    bar.insertPermanentWidget(0, area, 1)
    bar.messageChanged.connect(area.show_passing)
    bar.installEventFilter(_QuietBar(bar))
    return area


class _QuietBar(QObject):
    """Swallows the bar's own paint while it holds a temporary message (the area shows it);
    its widgets paint themselves as ever."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and isinstance(watched, QStatusBar):
            return bool(watched.currentMessage())
        return False
