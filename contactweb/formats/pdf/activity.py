"""Activity report: communications logged per user and per kind, week by week."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from decimal import Decimal

from reportlab.platypus import Flowable, Spacer

from contactweb.formats.pdf.charts import bar_chart
from contactweb.formats.pdf.data import ActivityCount, ActivityReportData, ReportMeta
from contactweb.formats.pdf.formatting import format_count, format_date, localised
from contactweb.formats.pdf.language import _, ngettext
from contactweb.formats.pdf.styles import STYLES
from contactweb.formats.pdf.text import para
from contactweb.formats.pdf.toolkit import (
    Output,
    build_pdf,
    content_width,
    data_table,
    heading,
    title_block,
)
from contactweb.formats.pdf.vocabulary import word

KIND_ORDER = ("call", "email", "meeting", "letter", "note", "recording")


def ordered_kinds(counts: Iterable[ActivityCount]) -> list[str]:
    present = {count.kind for count in counts}
    known = [kind for kind in KIND_ORDER if kind in present]
    return known + sorted(present - set(KIND_ORDER))


def weeks_between(start: date, end: date) -> list[date]:
    monday = start - timedelta(days=start.weekday())
    weeks = []
    while monday <= end:
        weeks.append(monday)
        monday += timedelta(weeks=1)
    return weeks


def week_label(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d} ({format_date(monday)})"


def _matrix_rows(row_keys: Sequence[str], kinds: Sequence[str],
                 cells: dict[tuple[str, str], int], total_label: str) -> list[list[str]]:
    rows = []
    column_totals = [0] * len(kinds)
    for key in row_keys:
        values = [cells.get((key, kind), 0) for kind in kinds]
        column_totals = [a + b for a, b in zip(column_totals, values, strict=True)]
        rows.append([key, *(format_count(v) for v in values), format_count(sum(values))])
    rows.append([total_label, *(format_count(v) for v in column_totals),
                 format_count(sum(column_totals))])
    return rows


def _matrix_table(first_heading: str, kinds: Sequence[str], rows: list[list[str]],
                  width: float) -> Flowable:
    first_share = 0.3
    other = (1 - first_share) / (len(kinds) + 1)
    widths = [width * first_share] + [width * other] * (len(kinds) + 1)
    numeric = tuple(range(1, len(kinds) + 2))
    return data_table((first_heading, *(word(kind) for kind in kinds), _("Total")), rows,
                      widths,
                      numeric_columns=numeric, total_row=True)


@localised
def render_activity_report(
    meta: ReportMeta, data: ActivityReportData, out: Output = None
) -> bytes:
    width = content_width(meta)
    counts = [c for c in data.counts if data.period_start - timedelta(days=6) <= c.week_start
              <= data.period_end and c.count]
    subtitle = _("{start} to {end}").format(start=format_date(data.period_start),
                                            end=format_date(data.period_end))
    story = title_block(meta, subtitle)
    if not counts:
        story.append(para(_("No communications were logged in this period."), STYLES.body))
        return build_pdf(meta, story, out)

    kinds = ordered_kinds(counts)
    users = sorted({c.user for c in counts}, key=str.casefold)
    weeks = weeks_between(data.period_start, data.period_end)

    per_user: dict[tuple[str, str], int] = defaultdict(int)
    per_week: dict[tuple[str, str], int] = defaultdict(int)
    per_user_week: dict[str, dict[tuple[str, str], int]] = defaultdict(lambda: defaultdict(int))
    week_totals: dict[date, int] = defaultdict(int)
    for c in counts:
        per_user[(c.user, c.kind)] += c.count
        per_week[(week_label(c.week_start), c.kind)] += c.count
        per_user_week[c.user][(week_label(c.week_start), c.kind)] += c.count
        week_totals[c.week_start] += c.count

    # Weeks with nothing logged are said once, not printed as rows (or pages) of zeros.
    active_weeks = [monday for monday in weeks if week_totals[monday]]
    week_labels = [week_label(monday) for monday in active_weeks]
    quiet = len(weeks) - len(active_weeks)
    quiet_note = ([para(ngettext(
        "No activity in {quiet} of the {weeks} weeks; that week is left out of the tables.",
        "No activity in {quiet} of the {weeks} weeks; those weeks are left out of the tables.",
        quiet).format(quiet=format_count(quiet), weeks=format_count(len(weeks))),
        STYLES.small)] if quiet else [])
    story += [
        *heading(_("Per user, whole period")),
        _matrix_table(_("User"), kinds, _matrix_rows(users, kinds, per_user, _("All users")),
                      width),
        *heading(_("All users, week by week")),
        bar_chart([f"W{m.isocalendar()[1]:02d}" for m in weeks],
                  [Decimal(week_totals[m]) for m in weeks], width, height=130),
        Spacer(1, 4),
        *quiet_note,
        _matrix_table(_("Week"), kinds,
                      _matrix_rows(week_labels, kinds, per_week, _("Total")), width),
    ]
    for user in users:
        user_weeks = [week_label(monday) for monday in active_weeks
                      if any(per_user_week[user].get((week_label(monday), kind))
                             for kind in kinds)]
        story += [
            *heading(_("{user}, week by week").format(user=user)),
            _matrix_table(_("Week"), kinds,
                          _matrix_rows(user_weeks, kinds, per_user_week[user], _("Total")),
                          width),
        ]
    return build_pdf(meta, story, out)
