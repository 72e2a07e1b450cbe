"""The guide inside the program (Markdown in resources/help), and the theme."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)

from raadsviewer.domain.rendering import markdown_to_html
from raadsviewer.resources_path import resource_path
from raadsviewer.ui.document_view import SafeBrowser
from raadsviewer.ui.layout import fit_to_screen

GUIDES = {"nl": "handleiding.md", "en": "guide.md"}


def guide_markdown(lang: str) -> str:
    return resource_path("help", GUIDES["en" if lang == "en" else "nl"]).read_text(encoding="utf-8")


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None, lang: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handleiding"))
        fit_to_screen(self, 720, 760)
        layout = QVBoxLayout(self)
        self.view = SafeBrowser()
        self.view.setAccessibleName(self.tr("Handleiding"))
        self.view.setHtml(markdown_to_html(guide_markdown(lang)))
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def dark_palette() -> QPalette:
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Link: "#6cb4ff",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return p


INDICATOR_EDGE = "#8c8c8c"  # 4.2:1 on the dark window, 5.1:1 on the lists' background


class DarkStyle(QProxyStyle):
    """Fusion, with the edge of a check box and a radio button drawn where it can be seen.

    Fusion draws that edge a shade darker than the window, the colour the dark palette gives the
    lists' background: an unticked box was 1.04:1 against it, so a person saw no box at all."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(  # noqa: N802 (Qt's name)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        box = element == QStyle.PrimitiveElement.PE_IndicatorCheckBox
        if not box and element != QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            return
        if option.state & QStyle.StateFlag.State_HasFocus and option.state & QStyle.StateFlag.State_KeyboardFocusChange:
            return  # Fusion drew the focus colour as the edge
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        edge = QColor(INDICATOR_EDGE)
        if not option.state & QStyle.StateFlag.State_Enabled:
            edge = QColor("#5e5e5e")
        painter.setPen(QPen(edge, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = option.rect
        if box:
            painter.drawRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5))
        else:  # Fusion's own circle
            radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1
            painter.drawEllipse(QPointF(rect.center()) + QPointF(1, 1), radius, radius)
        painter.restore()


def show_as_problem(label: QWidget) -> None:
    """Red text for what is still wrong or missing, in a red that reads on the theme's background
    (the light theme's dark red is unreadable on the dark theme's dark grey)."""
    dark = label.palette().color(QPalette.ColorRole.Window).lightness() < 128
    label.setStyleSheet(f"color: {'#ff8a80' if dark else '#b00020'};")


def readable(colour: str, dark: bool) -> str:
    """A status colour as it reads on the theme's background: on the dark theme the same hue,
    light (the light theme's dark blue and red are 2.5:1 on its dark grey)."""
    if not dark:
        return colour
    hue, saturation, _lightness, alpha = QColor(colour).getHslF()
    return QColor.fromHslF(hue, min(saturation, 0.8), 0.72, alpha).name()


def is_dark(widget: QWidget | None = None) -> bool:
    """Whether the theme's background (of ``widget``, or the application's) is dark."""
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def system_prefers_dark() -> bool:
    app = QApplication.instance()
    return bool(app) and app.styleHints().colorScheme() == Qt.ColorScheme.Dark  # type: ignore[union-attr]


def apply_theme(theme: str) -> None:
    """Light, dark, or what the system uses. Dark is an explicit palette on the Fusion style, so it
    looks the same on every platform (native styles ignore a dark palette in places)."""
    app = QApplication.instance()
    if app is None:
        return
    global _NATIVE_STYLE
    if _NATIVE_STYLE is None:
        _NATIVE_STYLE = app.style().name()  # type: ignore[union-attr]
    dark = theme == "dark" or (theme == "system" and system_prefers_dark())
    if dark:
        app.setStyle(DarkStyle())  # type: ignore[union-attr]
        app.setPalette(dark_palette())  # type: ignore[union-attr]
    else:
        app.setStyle(_NATIVE_STYLE)  # type: ignore[union-attr]
        app.setPalette(app.style().standardPalette())  # type: ignore[union-attr]


_NATIVE_STYLE: str | None = None
