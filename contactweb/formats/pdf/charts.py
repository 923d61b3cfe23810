"""Charts drawn with reportlab.graphics, styled like the tables."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from contactweb.formats.pdf.fonts import FONT_REGULAR
from contactweb.formats.pdf.formatting import format_count

BAR_FILL = colors.HexColor("#3E6A8A")
GRID = colors.HexColor("#DDE2E7")


def _nice_step(maximum: float) -> float:
    """A round axis step giving about five gridlines."""
    if maximum <= 0:
        return 1.0
    raw = maximum / 5
    magnitude = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 1.0
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def bar_chart(
    labels: Sequence[str], values: Sequence[Decimal], width: float, height: float = 150
) -> Drawing:
    """Vertical bars, one per label; the value axis starts at zero with round steps."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT_REGULAR  # the default would add Helvetica to the PDF
    chart = VerticalBarChart()
    chart.x, chart.y = 48, 30
    chart.width, chart.height = width - 58, height - 42
    chart.data = [[float(value) for value in values]]
    chart.bars[0].fillColor = BAR_FILL
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = FONT_REGULAR
    chart.barSpacing = 1
    chart.groupSpacing = 6 if len(labels) <= 12 else 2
    maximum = max((float(value) for value in values), default=0.0)
    step = _nice_step(maximum)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step, step * -(-maximum // step))
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT_REGULAR
    chart.valueAxis.labels.fontSize = 7
    # Drawn while the report's renderer runs, so in the business's number format.
    chart.valueAxis.labelTextFormat = lambda value: format_count(round(value))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.strokeColor = GRID
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = FONT_REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.strokeColor = GRID
    if len(labels) > 12:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    drawing.add(chart)
    return drawing
