"""Performance measurements. Each ``bench_*.py`` module has ``run(report)``; ``report(name,
value, unit, goal)`` receives each figure. Run them all with ``python -m benchmarks`` or some
with ``python -m benchmarks foundation sync``. Figures are printed, never asserted."""
