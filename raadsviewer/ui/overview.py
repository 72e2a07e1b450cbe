"""The clerk's overview: a matrix of principles by factions, each cell coloured by the stance the
faction takes most, with its counts; a click opens those annotations in the main window."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from raadsviewer.domain.model import Annotation, Faction, Principle
from raadsviewer.domain.overview import POSITIONS, MatrixCell, stance_matrix
from raadsviewer.ui.layout import fit_to_screen
from raadsviewer.ui.models import STANCE_COLOURS, stance_label

Index = QModelIndex | QPersistentModelIndex
CellRole = Qt.ItemDataRole.UserRole + 20


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.principles: list[Principle] = []
        self.factions: list[Faction] = []
        self.cells: dict[tuple[str, str], MatrixCell] = {}

    def set_data(self, principles: list[Principle], factions: list[Faction], annotations: list[Annotation]) -> None:
        self.beginResetModel()
        self.principles = list(principles)
        self.cells = stance_matrix(annotations)
        # every faction, also one that wrote nothing: who said nothing is part of who said what
        self.factions = list(factions)
        self.endResetModel()

    def cell(self, row: int, column: int) -> MatrixCell:
        return self.cells.get((self.principles[row].id, self.factions[column].id), MatrixCell())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.principles)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.factions)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            f = self.factions[section]
            return f"{f.name} ({f.seats})" if f.seats else f.name
        p = self.principles[section]
        return f"{p.number}. {p.title[:48]}{'…' if len(p.title) > 48 else ''}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        cell = self.cell(index.row(), index.column())
        if role == CellRole:
            return cell
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            faction = self.factions[index.column()].name
            principle = self.principles[index.row()].number
            if not cell.total:
                return self.tr("{faction} over uitgangspunt {n}: geen standpunt").format(faction=faction, n=principle)
            parts = ", ".join(f"{n} {stance_label(s).lower()}" for s, n in cell.counts)
            return self.tr("{faction} over uitgangspunt {n}: {parts}").format(faction=faction, n=principle, parts=parts)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(cell.total) if cell.total else ""
        return None


class MatrixDelegate(QStyledItemDelegate):
    """The dominant stance as the cell's colour, and a thin bar per stance underneath."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        cell: MatrixCell = index.data(CellRole)
        rect = option.rect.adjusted(2, 2, -2, -2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if cell.total:
            colour = QColor(STANCE_COLOURS[cell.dominant])  # type: ignore[index]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 4, 4)
            x, bar_y = rect.left() + 4, rect.bottom() - 6
            width = rect.width() - 8
            for stance, n in cell.counts:  # proportion of each stance
                w = max(2, round(width * n / cell.total))
                painter.setBrush(QColor(STANCE_COLOURS[stance]).lighter(150))
                painter.drawRect(QRect(x, bar_y, w, 3))
                x += w
            painter.setPen(QColor("#ffffff"))
            text = " · ".join(str(n) for _s, n in cell.counts) if len(cell.counts) > 1 else str(cell.total)
            painter.drawText(rect.adjusted(0, 0, 0, -6), Qt.AlignmentFlag.AlignCenter, text)
        else:
            painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 4, 4)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(option.palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(option.rect.adjusted(0, 0, -1, -1), 4, 4)
        painter.restore()


class FactionHeader(QHeaderView):
    """The factions' names written upwards over their columns: a dozen factions fit side by side
    in the dialog, each name whole (a name written across was cut to "ianUnie-S" in a column of
    55 px). A name longer than ``LONGEST`` px is elided; its tooltip has it in full."""

    LONGEST = 200

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter)

    def _text(self, logical: int) -> str:
        model = self.model()
        return str(model.headerData(logical, Qt.Orientation.Horizontal)) if model is not None else ""

    def _margin(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self) + 4

    def sectionSizeFromContents(self, logical: int) -> QSize:  # noqa: N802 (Qt API)
        metrics = self.fontMetrics()
        length = min(metrics.horizontalAdvance(self._text(logical)), self.LONGEST)
        return QSize(metrics.height() + 2 * self._margin(), length + 2 * self._margin())

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:  # noqa: N802 (Qt API)
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect
        option.text = ""  # the frame and background as the style draws them; the name below, upwards
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        margin = self._margin()
        metrics = self.fontMetrics()
        length = rect.height() - 2 * margin
        text = metrics.elidedText(self._text(logical), Qt.TextElideMode.ElideRight, length)
        painter.translate(rect.left(), rect.bottom() - margin)
        painter.rotate(-90)
        painter.setPen(option.palette.color(QPalette.ColorRole.ButtonText))
        painter.drawText(
            QRect(0, 0, length, rect.width()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
        )
        painter.restore()


class OverviewDialog(QDialog):
    cellActivated = Signal(int, str)  # principle number, faction name

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overzicht: standpunten per uitgangspunt en fractie"))
        fit_to_screen(self, 980, 720)  # the names stand upright over their columns
        self.model = MatrixModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Standpunten per uitgangspunt en fractie"))
        self.table.setHorizontalHeader(FactionHeader(self.table))
        self.table.setModel(self.model)
        self.table.setItemDelegate(MatrixDelegate(self.table))
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)
        legend = QHBoxLayout()
        for stance in POSITIONS:
            swatch = QLabel("  ")
            swatch.setAutoFillBackground(True)
            palette = swatch.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(STANCE_COLOURS[stance]))
            swatch.setPalette(palette)
            legend.addWidget(swatch)
            legend.addWidget(QLabel(stance_label(stance)))
            legend.addSpacing(12)
        legend.addStretch(1)
        hint = QLabel(self.tr("Klik op een vak om die annotaties te zien."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(legend)
        layout.addWidget(hint)

    def set_data(self, principles: list[Principle], factions: list[Faction], annotations: list[Annotation]) -> None:
        self.model.set_data(principles, factions, annotations)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and self.model.cell(index.row(), index.column()).total:
            self.cellActivated.emit(self.model.principles[index.row()].number, self.model.factions[index.column()].name)
